package dev.beacon.core.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.routing.Ownership;
import dev.beacon.core.timeline.HandedOver;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shift handover between follow-the-sun sites")
class HandoverServiceTest {

  private static HandedOver handedOver(List<TimelineEvent> timeline) {
    return timeline.stream()
        .filter(HandedOver.class::isInstance)
        .map(HandedOver.class::cast)
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no handed-over event in " + timeline));
  }

  private static long handedOverCount(List<TimelineEvent> timeline) {
    return timeline.stream().filter(HandedOver.class::isInstance).count();
  }

  @Test
  @DisplayName(
      "GIVEN an open payments incident in Warsaw's winter evening WHEN Warsaw's window ends at"
          + " 00:00 UTC THEN Shanghai's on-call gets one summary"
          + " and the incident moves to Shanghai")
  void warsawHandsOverToShanghaiWhenItsWindowEnds() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:59:30Z");
    IncidentId id = world.declare("Payments API 5xx", "payments-api");
    assertThat(world.incident(id).site()).isEqualTo("warsaw");

    world.passTo("2026-11-24T00:00:00Z");
    int handed = world.handovers.handOver();

    assertThat(handed).isEqualTo(1);
    List<OutboxMessage> toLi = world.handoverMessagesTo("li");
    assertThat(toLi).hasSize(1);
    OutboxMessage summary = toLi.get(0);
    assertThat(summary.kind()).isEqualTo(OutboxMessage.Kind.NOTICE);
    assertThat(summary.key()).isEqualTo("handover/payments/warsaw/2026-11-24T00:00:00Z/summary");
    assertThat(summary.text())
        .startsWith(
            "Shift handover for team payments: Warsaw -> Shanghai. You (li) are on call now")
        .contains(
            "- INC-1 Payments API 5xx | SEV2 | declared"
                + " | last update: 2026-11-23 23:59:30 UTC (07:59 ")
        .contains("| next due: 2026-11-24 00:04:30 UTC (08:04 ");
    HandedOver event = handedOver(world.timeline(id));
    assertThat(event)
        .isEqualTo(
            new HandedOver(
                id,
                Instant.parse("2026-11-24T00:00:00Z"),
                Actor.BEACON,
                "payments",
                "warsaw",
                "shanghai",
                "li"));
    assertThat(event.describe())
        .isEqualTo("handed over from warsaw to shanghai: li is on call now");
    assertThat(world.incident(id).site()).isEqualTo("shanghai");
    assertThat(world.handoverMessagesTo(OutboxMessage.CHANNEL))
        .extracting(OutboxMessage::text)
        .containsExactly("Handed over from Warsaw to Shanghai: li is on call now");
  }

  @Test
  @DisplayName(
      "running the handover again for the same boundary, at once or minutes later, does nothing")
  void secondRunForTheSameBoundaryDoesNothing() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:59:30Z");
    IncidentId id = world.declare("Payments API 5xx", "payments-api");
    world.passTo("2026-11-24T00:00:00Z");
    assertThat(world.handovers.handOver()).isEqualTo(1);

    int again = world.handovers.handOver();
    world.passTo("2026-11-24T00:10:00Z");
    int later = world.handovers.handOver();

    assertThat(again).isZero();
    assertThat(later).isZero();
    assertThat(handedOverCount(world.timeline(id))).isEqualTo(1);
    assertThat(world.handoverMessagesTo("li")).hasSize(1);
    assertThat(world.handoverMessagesTo(OutboxMessage.CHANNEL)).hasSize(1);
  }

  @Test
  @DisplayName("a run that fires late, within the look-back, still hands over; after it, nothing")
  void lateRunWithinTheLookBackStillHandsOver() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:59:30Z");
    IncidentId id = world.declare("Payments API 5xx", "payments-api");

    world.passTo("2026-11-24T00:14:59Z");
    int late = world.handovers.handOver();
    HandoverWorld other = new HandoverWorld("2026-11-23T23:59:30Z");
    other.declare("Payments API 5xx", "payments-api");
    other.passTo(Instant.parse("2026-11-24T00:00:00Z").plus(HandoverService.LOOK_BACK).toString());
    int tooLate = other.handovers.handOver();

    assertThat(late).isEqualTo(1);
    assertThat(world.incident(id).site()).isEqualTo("shanghai");
    assertThat(tooLate).isZero();
  }

  @Test
  @DisplayName("a resolved incident stays where it is and is not in the summary")
  void resolvedIncidentIsNotHandedOver() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:50:00Z");
    IncidentId resolved = world.declare("Card auth slow", "payments-api");
    IncidentId open = world.declare("Payments API 5xx", "payments-api");
    world.incidents.resolve(resolved, "rolled back", Actor.person("alice"));

    world.passTo("2026-11-24T00:00:00Z");
    int handed = world.handovers.handOver();

    assertThat(handed).isEqualTo(1);
    String summary = world.handoverMessagesTo("li").get(0).text();
    assertThat(summary).contains(open + " Payments API 5xx").doesNotContain(resolved.toString());
    assertThat(world.incident(resolved).site()).isEqualTo("warsaw");
    assertThat(handedOverCount(world.timeline(resolved))).isZero();
    assertThat(world.incident(open).site()).isEqualTo("shanghai");
  }

  @Test
  @DisplayName("another team's incident is not in payments' summary; it goes to its own on-call")
  void otherTeamsIncidentGoesToItsOwnOnCall() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:50:00Z");
    IncidentId payments = world.declare("Payments API 5xx", "payments-api");
    IncidentId custody = world.declare("Settlement stuck", "custody-settlement");

    world.passTo("2026-11-24T00:00:00Z");
    int handed = world.handovers.handOver();

    assertThat(handed).isEqualTo(2);
    assertThat(world.handoverMessagesTo("li"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text())
                    .contains(payments + " Payments API 5xx")
                    .doesNotContain(custody.toString())
                    .contains("1 open incident:"));
    assertThat(world.handoverMessagesTo("chen"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text())
                    .startsWith("Shift handover for team custody: Warsaw -> Shanghai")
                    .contains(custody + " Settlement stuck")
                    .doesNotContain(payments.toString()));
    assertThat(handedOver(world.timeline(custody)).toPerson()).isEqualTo("chen");
  }

  @Test
  @DisplayName("every open incident of the team is listed in the one summary")
  void summaryListsEveryOpenIncidentOfTheTeam() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:30:00Z");
    IncidentId first = world.declare("Payments API 5xx", "payments-api");
    world.passTo("2026-11-23T23:40:00Z");
    IncidentId second = world.declare("Refunds delayed", "payments-api");
    world.incidents.acknowledge(second, Actor.person("alice"));

    world.passTo("2026-11-24T00:00:00Z");
    int handed = world.handovers.handOver();

    assertThat(handed).isEqualTo(2);
    assertThat(world.handoverMessagesTo("li"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text())
                    .contains("2 open incidents:")
                    .contains("- " + first + " Payments API 5xx | SEV2 |")
                    .contains("- " + second + " Refunds delayed | SEV2 | acknowledged |"));
    assertThat(world.handoverMessagesTo(OutboxMessage.CHANNEL)).hasSize(2);
  }

  @Test
  @DisplayName("an incident without services belongs to no team and stays put")
  void incidentWithoutServicesStaysPut() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:59:30Z");
    IncidentId id = world.declare("Something is off");

    world.passTo("2026-11-24T00:00:00Z");
    int handed = world.handovers.handOver();

    assertThat(handed).isZero();
    assertThat(world.incident(id).site()).isEqualTo("warsaw");
    assertThat(world.handoverMessagesTo("li")).isEmpty();
  }

  @Test
  @DisplayName(
      "in summer Warsaw's window opens at 15:00 UTC while Pune, listed first, still covers:"
          + " nothing is handed over")
  void siteStartingBehindAnEarlierListedSiteChangesNothing() {
    HandoverWorld world = new HandoverWorld("2026-07-14T14:55:00Z");
    IncidentId id = world.declare("Payments API 5xx", "payments-api");

    world.passTo("2026-07-14T15:00:00Z");
    int handed = world.handovers.handOver();

    assertThat(handed).isZero();
    assertThat(handedOverCount(world.timeline(id))).isZero();
  }

  @Test
  @DisplayName(
      "the first evening after Warsaw springs forward its window ends at 23:00 UTC, an hour before"
          + " Shanghai opens: the incident goes to whoever routing names then (the fallback,"
          + " Shanghai)")
  void handoverAcrossWarsawsSpringForward() {
    HandoverWorld world = new HandoverWorld("2026-03-29T22:59:30Z");
    IncidentId id = world.declare("Payments API 5xx", "payments-api");
    // Clocks change at 02:00 on Sunday 29 March: the window that ends at 01:00 that night is the
    // last in winter time; the one opening on Sunday evening is the first in summer time.
    assertThat(world.handovers.nextHandoverAfter(Instant.parse("2026-03-28T22:00:00Z")))
        .contains(Instant.parse("2026-03-29T00:00:00Z"));
    assertThat(world.handovers.nextHandoverAfter(world.clock.instant()))
        .contains(Instant.parse("2026-03-29T23:00:00Z"));

    world.passTo("2026-03-29T23:00:00Z");
    Ownership now = world.routing.resolveTeam("payments", world.clock.instant());
    int handed = world.handovers.handOver();

    assertThat(now.site()).isEqualTo("shanghai");
    assertThat(now.reason()).startsWith("no site covers 2026-03-29 23:00 UTC; fallback Shanghai");
    assertThat(handed).isEqualTo(1);
    assertThat(world.handoverMessagesTo(now.primary()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.key())
                    .isEqualTo("handover/payments/warsaw/2026-03-29T23:00:00Z/summary"));
    assertThat(handedOver(world.timeline(id)).toPerson()).isEqualTo(now.primary());
    assertThat(world.incident(id).site()).isEqualTo("shanghai");
    world.passTo("2026-03-30T00:00:00Z");
    assertThat(world.handovers.handOver()).isZero();
  }

  @Test
  @DisplayName(
      "with Warsaw as the fallback, Warsaw keeps the incident through the spring-forward gap and"
          + " hands over when Shanghai opens at 00:00 UTC")
  void withWarsawAsFallbackTheHandoverWaitsForShanghaiToOpen() {
    HandoverWorld world = new HandoverWorld("2026-03-29T22:59:30Z", Optional.of("warsaw"));
    IncidentId id = world.declare("Payments API 5xx", "payments-api");

    world.passTo("2026-03-29T23:00:00Z");
    Ownership inTheGap = world.routing.resolveTeam("payments", world.clock.instant());
    int atWarsawsEnd = world.handovers.handOver();
    world.passTo("2026-03-30T00:00:00Z");
    Ownership now = world.routing.resolveTeam("payments", world.clock.instant());
    int atShanghaisStart = world.handovers.handOver();

    assertThat(inTheGap.site()).isEqualTo("warsaw");
    assertThat(inTheGap.reason()).startsWith("no site covers");
    assertThat(atWarsawsEnd).isZero();
    assertThat(now.site()).isEqualTo("shanghai");
    assertThat(atShanghaisStart).isEqualTo(1);
    assertThat(handedOver(world.timeline(id)))
        .extracting(HandedOver::fromSite, HandedOver::toSite, HandedOver::toPerson)
        .containsExactly("warsaw", "shanghai", now.primary());
    assertThat(world.handoverMessagesTo(now.primary()))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.key())
                    .isEqualTo("handover/payments/warsaw/2026-03-30T00:00:00Z/summary"));
  }

  @Test
  @DisplayName(
      "an unacknowledged page pending at the boundary re-pages the new site's on-call, not the old")
  void pendingEscalationPagesTheNewOnCallAfterTheHandover() {
    HandoverWorld world = new HandoverWorld("2026-11-23T23:58:00Z");
    IncidentId id = world.declare("Payments API 5xx", "payments-api");
    assertThat(world.paged(id)).containsExactly("alice");

    world.passTo("2026-11-24T00:00:00Z");
    world.handovers.handOver();
    world.passTo("2026-11-24T00:03:00Z");

    assertThat(world.paged(id)).containsExactly("alice", "li");
    assertThat(handedOver(world.timeline(id)).toPerson()).isEqualTo("li");
  }

  @Test
  @DisplayName("the next handover is the next instant any team's site window ends or starts")
  void nextHandoverIsTheNextCoverageEdge() {
    HandoverWorld world = new HandoverWorld("2026-11-24T00:00:00Z");

    // Winter, in UTC: Shanghai 00:00-08:00, Pune 08:00-16:00, Warsaw 16:00-00:00.
    assertThat(world.handovers.nextHandoverAfter(Instant.parse("2026-11-24T00:00:00Z")))
        .contains(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(world.handovers.nextHandoverAfter(Instant.parse("2026-11-24T08:00:00Z")))
        .contains(Instant.parse("2026-11-24T16:00:00Z"));
    assertThat(world.handovers.nextHandoverAfter(Instant.parse("2026-11-24T15:59:59Z")))
        .contains(Instant.parse("2026-11-24T16:00:00Z"));
    assertThat(
            world.handovers.nextHandoverAfter(
                Instant.parse("2026-11-24T16:00:00Z").plus(Duration.ofMinutes(1))))
        .contains(Instant.parse("2026-11-25T00:00:00Z"));
  }
}
