package dev.beacon.core.handover;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.catalog.Sla;
import dev.beacon.core.catalog.Team;
import dev.beacon.core.escalation.EscalationEngine;
import dev.beacon.core.escalation.EscalationLevel;
import dev.beacon.core.escalation.EscalationPolicy;
import dev.beacon.core.escalation.EscalationReactions;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.escalation.HyperCareCalendar;
import dev.beacon.core.escalation.Recipient;
import dev.beacon.core.escalation.Responders;
import dev.beacon.core.escalation.Target;
import dev.beacon.core.escalation.Timers;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Rota;
import dev.beacon.core.routing.Rotation;
import dev.beacon.core.routing.RoutingPlan;
import dev.beacon.core.routing.RoutingSite;
import dev.beacon.core.routing.SiteCoverage;
import dev.beacon.core.routing.TeamRouting;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.ManualScheduler;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A world for handover scenarios: the example sites (Shanghai 08:00-16:00, Pune 13:30-21:30, Warsaw
 * 17:00-01:00, each in its own zone, every day), payments at all three with a weekly rota each
 * (li/wei, priya/arjun, alice/jan), custody at Shanghai and Warsaw (chen, ewa), real routing behind
 * the on-call escalation level, an in-memory store, a mutable clock and a scheduler stand-in that
 * fires due wake-ups as time passes.
 */
final class HandoverWorld {

  static final ZoneId SHANGHAI_ZONE = ZoneId.of("Asia/Shanghai");
  static final ZoneId PUNE_ZONE = ZoneId.of("Asia/Kolkata");
  static final ZoneId WARSAW_ZONE = ZoneId.of("Europe/Warsaw");

  /** On-call first, for 5 minutes, then the on-call once more. */
  static final EscalationPolicy POLICY =
      new EscalationPolicy(
          "default",
          List.of(new EscalationLevel(new Target(Target.Kind.ONCALL, ""), Duration.ofMinutes(5))),
          1,
          Set.of());

  final MutableClock clock;
  final InMemoryIncidentStore store = new InMemoryIncidentStore();
  final Catalog catalog = catalog();
  final OwnerResolver routing;
  final IncidentService incidents;
  final EscalationService escalations;
  final HandoverService handovers;
  private final ManualScheduler scheduler = new ManualScheduler();

  /** A world at {@code start} where payments falls back to its first site, Shanghai. */
  HandoverWorld(String start) {
    this(start, Optional.empty());
  }

  HandoverWorld(String start, Optional<String> paymentsFallback) {
    clock = MutableClock.at(start);
    routing = new OwnerResolver(catalog, plan(paymentsFallback));
    Responders responders =
        (target, incident, at, withSecondary) ->
            target.kind() == Target.Kind.ONCALL && !incident.services().isEmpty()
                ? List.of(
                    new Recipient(
                        routing.resolve(incident.services().get(0), at).primary(), "on call"))
                : List.of();
    EscalationEngine engine =
        new EscalationEngine(i -> POLICY, responders, HyperCareCalendar.none(), catalog);
    Timers timers = scheduler;
    incidents =
        new IncidentService(
            store, catalog, clock, List.of(new EscalationReactions(engine, timers)));
    escalations = new EscalationService(store, incidents, engine, timers, clock);
    handovers = new HandoverService(store, catalog, routing, clock);
  }

  static Catalog catalog() {
    return new Catalog(
        List.of(
            new Site("shanghai", "Shanghai", SHANGHAI_ZONE),
            new Site("pune", "Pune", PUNE_ZONE),
            new Site("warsaw", "Warsaw", WARSAW_ZONE)),
        List.of(new Team("payments", "Payments"), new Team("custody", "Custody")),
        List.of(
            new Person("li", "Li Na", "shanghai", "payments"),
            new Person("wei", "Wei Zhang", "shanghai", "payments"),
            new Person("priya", "Priya Sharma", "pune", "payments"),
            new Person("arjun", "Arjun Mehta", "pune", "payments"),
            new Person("alice", "Alice Nowak", "warsaw", "payments"),
            new Person("jan", "Jan Kowalski", "warsaw", "payments"),
            new Person("chen", "Chen Jie", "shanghai", "custody"),
            new Person("ewa", "Ewa Lis", "warsaw", "custody")),
        List.of(
            new ServiceInfo("payments-api", "Payments API", "payments", 1, ""),
            new ServiceInfo("custody-settlement", "Custody settlement", "custody", 1, "")),
        Map.of(
            Severity.SEV2,
            new Sla(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(8))));
  }

  static RoutingPlan plan(Optional<String> paymentsFallback) {
    RoutingSite shanghai = site("shanghai", "Shanghai", SHANGHAI_ZONE, "08:00", "16:00");
    RoutingSite pune = site("pune", "Pune", PUNE_ZONE, "13:30", "21:30");
    RoutingSite warsaw = site("warsaw", "Warsaw", WARSAW_ZONE, "17:00", "01:00");
    return new RoutingPlan(
        List.of(shanghai, pune, warsaw),
        List.of(
            new TeamRouting(
                "payments",
                List.of("shanghai", "pune", "warsaw"),
                paymentsFallback,
                Map.of(
                    "shanghai", weekly(SHANGHAI_ZONE, "li", "wei"),
                    "pune", weekly(PUNE_ZONE, "priya", "arjun"),
                    "warsaw", weekly(WARSAW_ZONE, "alice", "jan"))),
            new TeamRouting(
                "custody",
                List.of("shanghai", "warsaw"),
                Optional.empty(),
                Map.of(
                    "shanghai", weekly(SHANGHAI_ZONE, "chen"),
                    "warsaw", weekly(WARSAW_ZONE, "ewa")))));
  }

  private static RoutingSite site(String id, String name, ZoneId zone, String from, String to) {
    return new RoutingSite(
        id, name, SiteCoverage.daily(zone, LocalTime.parse(from), LocalTime.parse(to)));
  }

  /** Weekly turns from Monday 2026-01-05 09:00 local time. */
  private static Rota weekly(ZoneId zone, String... members) {
    return new Rota(
        List.of(
            new Rotation(
                "primary",
                7,
                LocalTime.parse("09:00"),
                LocalDate.parse("2026-01-05"),
                zone,
                List.of(members))),
        List.of());
  }

  IncidentId declare(String title, String... services) {
    return incidents
        .declare(Declaration.of(title, Severity.SEV2, services), Actor.person("alice"))
        .id();
  }

  Incident incident(IncidentId id) {
    return store.find(id).orElseThrow();
  }

  /** Sets the clock to {@code instant}, firing due wake-ups on the way as the scheduler would. */
  void passTo(String instant) {
    scheduler.runUntil(Instant.parse(instant), clock, escalations::wake);
  }

  /** Every handover message (summary or channel notice) to {@code recipient}, oldest first. */
  List<OutboxMessage> handoverMessagesTo(String recipient) {
    return store.recent(100).stream()
        .sorted(java.util.Comparator.comparing(Incident::id))
        .flatMap(i -> store.messages(i.id()).stream())
        .map(IncidentStore.SentState::message)
        .filter(m -> m.key().startsWith("handover/") && m.recipient().equals(recipient))
        .toList();
  }

  /** Who was paged for the incident, in order. */
  List<String> paged(IncidentId id) {
    return store.messages(id).stream()
        .map(IncidentStore.SentState::message)
        .filter(m -> m.kind() == OutboxMessage.Kind.PAGE)
        .map(OutboxMessage::recipient)
        .toList();
  }

  List<TimelineEvent> timeline(IncidentId id) {
    return store.timeline(id);
  }
}
