package dev.beacon.core.handover;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Ownership;
import dev.beacon.core.routing.RoutingPlan;
import dev.beacon.core.routing.RoutingSite;
import dev.beacon.core.routing.TeamRouting;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.timeline.HandedOver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shift handover. When a site of a team stops covering (or a site takes over from the team's
 * fallback), and routing now names another site or person than just before, every open incident the
 * team owns passes to the new on-call in one transaction: a {@link HandedOver} event and the new
 * site on each incident, one summary notice to the new on-call person and a notice in each
 * incident's channel.
 *
 * <p>Pending escalations need no moving: an escalation level whose target is the on-call resolves
 * its person through routing when it pages, so every page after the boundary already goes to the
 * new site's on-call. What this adds is that the new on-call knows what they inherited.
 *
 * <p>Idempotent: the outbox keys name the team, the site handing over and the boundary instant, and
 * a handover whose summary is already in the outbox writes nothing, so the scheduled run and the
 * sweep may both call {@link #handOver()} for the same boundary.
 */
public final class HandoverService {

  /**
   * How far back {@link #handOver()} looks for a boundary, so that a run that fires a little late
   * (a misfire, the sweep's beat) still hands over.
   */
  public static final Duration LOOK_BACK = Duration.ofMinutes(15);

  private static final Logger LOG = LoggerFactory.getLogger(HandoverService.class);
  private static final Duration SEARCH_STEP = Duration.ofDays(7);
  private static final int SEARCH_STEPS = 54;

  private final IncidentStore store;
  private final Catalog catalog;
  private final OwnerResolver routing;
  private final Clock clock;

  /**
   * Handovers of the incidents in {@code store}, owned per {@code catalog}, routed by {@code
   * routing}.
   */
  public HandoverService(IncidentStore store, Catalog catalog, OwnerResolver routing, Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.routing = routing;
    this.clock = clock;
  }

  /**
   * The first instant strictly after {@code at} at which any team's site coverage ends or starts:
   * when to run {@link #handOver()} next. Empty when no site ever covers (within about a year).
   */
  public Optional<Instant> nextHandoverAfter(Instant at) {
    for (int step = 0; step < SEARCH_STEPS; step++) {
      Instant from = at.plus(SEARCH_STEP.multipliedBy(step));
      Optional<Instant> next =
          edges(from, from.plus(SEARCH_STEP)).stream()
              .map(CoverageEdge::at)
              .filter(t -> t.isAfter(at))
              .min(Comparator.naturalOrder());
      if (next.isPresent()) {
        return next;
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #nextHandoverAfter} the clock's now: when the scheduler should run {@link #handOver()}.
   */
  public Optional<Instant> nextHandover() {
    return nextHandoverAfter(clock.instant());
  }

  /**
   * Hands over, for every team whose on-call moved at a boundary in the last {@link #LOOK_BACK},
   * the team's open incidents to the site and person on call now. An incident belongs to the team
   * that owns its first catalogued service; one without services belongs to nobody and stays put.
   * Incidents declared after the boundary are already the new site's and are left alone.
   *
   * @return how many incidents were handed over (0 when run again for the same boundary)
   */
  public int handOver() {
    Instant now = clock.instant();
    List<CoverageEdge> edges = edges(now.minus(LOOK_BACK), now);
    if (edges.isEmpty()) {
      return 0;
    }
    List<Incident> open = store.openIncidents();
    int handed = 0;
    for (TeamRouting team : routing.plan().teams()) {
      List<CoverageEdge> mine =
          edges.stream()
              .filter(e -> e.team().equals(team.team()))
              .sorted(Comparator.comparing(CoverageEdge::at).reversed())
              .toList();
      for (CoverageEdge edge : mine) {
        Optional<Move> move = move(edge, now);
        if (move.isPresent()) {
          // Only the latest move counts: after a missed run, one summary rather than one per edge.
          handed += handOver(move.get(), open, now);
          break;
        }
      }
    }
    return handed;
  }

  /** Who handed over to whom at a boundary. */
  private record Move(String team, Instant boundary, Ownership from, Ownership to) {}

  private Optional<Move> move(CoverageEdge edge, Instant now) {
    Ownership before;
    Ownership after;
    try {
      before = routing.resolveTeam(edge.team(), edge.at().minusSeconds(1));
      after = routing.resolveTeam(edge.team(), now);
    } catch (IllegalArgumentException | IllegalStateException e) {
      LOG.warn("no handover for team {} at {}: {}", edge.team(), edge.at(), e.getMessage());
      return Optional.empty();
    }
    boolean moved =
        !before.site().equals(after.site()) || !before.primary().equals(after.primary());
    // The edge must be the cause: the ending site was on duty, or the starting site is on duty now.
    boolean caused =
        edge.start() ? after.site().equals(edge.site()) : before.site().equals(edge.site());
    return moved && caused
        ? Optional.of(new Move(edge.team(), edge.at(), before, after))
        : Optional.empty();
  }

  private int handOver(Move move, List<Incident> open, Instant now) {
    List<IncidentId> candidates =
        open.stream()
            .filter(i -> i.createdAt().isBefore(move.boundary()))
            .filter(i -> owner(i).filter(move.team()::equals).isPresent())
            .map(Incident::id)
            .toList();
    if (candidates.isEmpty()) {
      return 0;
    }
    String fromName = siteName(move.from().site());
    String toName = siteName(move.to().site());
    String person = move.to().primary();
    String key = "handover/" + move.team() + "/" + move.from().site() + "/" + move.boundary();
    return store.transact(
        tx -> {
          List<Incident> incidents =
              candidates.stream()
                  .map(tx::find)
                  .flatMap(Optional::stream)
                  .filter(i -> i.status().isOpen())
                  .toList();
          if (incidents.isEmpty()) {
            return 0;
          }
          List<Optional<EscalationState>> states = new ArrayList<>();
          incidents.forEach(i -> states.add(tx.escalation(i.id())));
          String summary =
              HandoverSummary.summary(
                  move.team(), fromName, toName, person, zone(move.to().site()), incidents, states);
          boolean fresh =
              tx.enqueue(
                  new OutboxMessage(
                      key + "/summary",
                      incidents.get(0).id(),
                      OutboxMessage.Kind.NOTICE,
                      person,
                      summary,
                      now));
          if (!fresh) {
            return 0;
          }
          for (Incident incident : incidents) {
            tx.append(
                new HandedOver(
                    incident.id(),
                    now,
                    Actor.BEACON,
                    move.team(),
                    move.from().site(),
                    move.to().site(),
                    person));
            tx.update(incident.withSite(move.to().site(), now));
            tx.enqueue(
                new OutboxMessage(
                    key + "/" + incident.id(),
                    incident.id(),
                    OutboxMessage.Kind.NOTICE,
                    OutboxMessage.CHANNEL,
                    HandoverSummary.channelNotice(fromName, toName, person),
                    now));
          }
          LOG.info(
              "handed over {} incidents of team {} from {} to {} ({})",
              incidents.size(),
              move.team(),
              move.from().site(),
              move.to().site(),
              person);
          return incidents.size();
        });
  }

  /** The team owning the incident's first catalogued service. */
  private Optional<String> owner(Incident incident) {
    return incident.services().stream()
        .map(catalog::service)
        .flatMap(Optional::stream)
        .map(ServiceInfo::owner)
        .findFirst();
  }

  /** Every start and end of a team's site window in {@code (from, to]}. */
  private List<CoverageEdge> edges(Instant from, Instant to) {
    RoutingPlan plan = routing.plan();
    List<CoverageEdge> edges = new ArrayList<>();
    for (TeamRouting team : plan.teams()) {
      for (String id : team.sites()) {
        Optional<RoutingSite> site = plan.site(id);
        if (site.isEmpty()) {
          continue;
        }
        // Windows overlapping [from - 1 day, to] include every window starting or ending in range.
        site.get()
            .coverage()
            .windows(from.minus(Duration.ofDays(1)), to.plusNanos(1))
            .forEach(
                w -> {
                  if (w.end().isAfter(from) && !w.end().isAfter(to)) {
                    edges.add(new CoverageEdge(team.team(), id, w.end(), false));
                  }
                  if (w.start().isAfter(from) && !w.start().isAfter(to)) {
                    edges.add(new CoverageEdge(team.team(), id, w.start(), true));
                  }
                });
      }
    }
    return edges;
  }

  private String siteName(String id) {
    return routing.plan().site(id).map(RoutingSite::name).orElse(id);
  }

  private ZoneId zone(String site) {
    return routing
        .plan()
        .site(site)
        .map(s -> s.coverage().zone())
        .or(() -> catalog.site(site).map(s -> s.zone()))
        .orElse(ZoneOffset.UTC);
  }
}
