package dev.beacon.core.escalation;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.ManualScheduler;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small world for escalation scenarios: an in-memory store, a mutable clock, a fixed on-call (wei
 * primary, li secondary), and a scheduler stand-in that remembers the wake-ups asked for and runs
 * the due ones when time passes, as Quartz would.
 */
final class EscalationWorld {

  final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  final InMemoryIncidentStore store = new InMemoryIncidentStore();
  final ManualScheduler scheduler = new ManualScheduler();
  final Timers timers = scheduler;
  final IncidentService incidents;
  final EscalationService escalations;

  static final EscalationPolicy POLICY =
      new EscalationPolicy(
          "default",
          List.of(
              new EscalationLevel(new Target(Target.Kind.ONCALL, ""), Duration.ofMinutes(5)),
              new EscalationLevel(new Target(Target.Kind.PERSON, "jan"), Duration.ofMinutes(10)),
              new EscalationLevel(
                  new Target(Target.Kind.DUTY_MANAGER, ""), Duration.ofMinutes(15))),
          0,
          java.util.Set.of(Severity.SEV1));

  EscalationWorld() {
    this(POLICY, HyperCareCalendar.none());
  }

  EscalationWorld(EscalationPolicy policy, HyperCareCalendar hyperCare) {
    Responders responders =
        (target, incident, at, withSecondary) ->
            switch (target.kind()) {
              case ONCALL ->
                  withSecondary
                      ? List.of(new Recipient("wei", "primary"), new Recipient("li", "secondary"))
                      : List.of(new Recipient("wei", "primary"));
              case PERSON -> List.of(new Recipient(target.ref(), "named in the policy"));
              case DUTY_MANAGER -> List.of(new Recipient("ewa", "duty manager"));
              default -> List.of();
            };
    EscalationEngine engine =
        new EscalationEngine(i -> policy, responders, hyperCare, TestCatalog.create());
    incidents =
        new IncidentService(
            store, TestCatalog.create(), clock, List.of(new EscalationReactions(engine, timers)));
    escalations = new EscalationService(store, incidents, engine, timers, clock);
  }

  IncidentId declare(Severity severity, String... services) {
    return incidents
        .declare(Declaration.of("Payments API 5xx", severity, services), Actor.person("alice"))
        .id();
  }

  /** Lets time pass, firing due wake-ups in order the way the scheduler would. */
  void pass(Duration duration) {
    scheduler.runUntil(clock.instant().plus(duration), clock, escalations::wake);
  }

  /** Who was paged, in order: "wei", "jan", ... */
  List<String> paged(IncidentId id) {
    return messages(id, OutboxMessage.Kind.PAGE).stream().map(OutboxMessage::recipient).toList();
  }

  List<OutboxMessage> messages(IncidentId id, OutboxMessage.Kind kind) {
    List<OutboxMessage> out = new ArrayList<>();
    for (IncidentStore.SentState s : store.messages(id)) {
      if (s.message().kind() == kind) {
        out.add(s.message());
      }
    }
    return out;
  }

  List<String> timeline(IncidentId id) {
    return store.timeline(id).stream().map(TimelineEvent::describe).toList();
  }
}
