package dev.beacon.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The weekly digest")
class WeeklyDigestTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final DigestSchedule MONDAY_NINE =
      new DigestSchedule("#incident-digest", DayOfWeek.MONDAY, LocalTime.of(9, 0), WARSAW);
  private static final Actor ALICE = Actor.person("alice");

  private final MutableClock clock = MutableClock.at("2026-11-17T10:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents = new IncidentService(store, TestCatalog.create(), clock);
  private final WeeklyDigest digest =
      new WeeklyDigest(store, TestCatalog.create(), MONDAY_NINE, clock);

  private List<OutboxMessage> posted() {
    return store.messagesAbout(WeeklyDigest.TOPIC).stream()
        .map(IncidentStore.SentState::message)
        .toList();
  }

  /**
   * Tue: INC-1 SEV2 acked in 4m, resolved in 1h, closed with an action due Fri; a drill; Thu: INC-3
   * SEV1 acked in 10m, open.
   */
  private void aWeekOfIncidents() {
    Incident first =
        incidents.declare(Declaration.of("Payments API 5xx", Severity.SEV2, "payments-api"), ALICE);
    clock.advance(Duration.ofMinutes(4));
    incidents.acknowledge(first.id(), ALICE);
    clock.advance(Duration.ofMinutes(56));
    incidents.resolve(first.id(), "rolled back", ALICE);
    incidents.close(
        first.id(),
        new dev.beacon.core.incident.Review(
            "checkout failed for 1h",
            "bad release",
            "",
            List.of(
                new dev.beacon.core.incident.FollowUp(
                    "Add a canary stage",
                    java.util.Optional.of("alice"),
                    java.util.Optional.of(java.time.LocalDate.parse("2026-11-20"))))),
        ALICE);
    incidents.declare(
        new Declaration("Failover drill", "", Severity.SEV3, List.of(), "", false, true), ALICE);
    clock.set(Instant.parse("2026-11-19T13:00:00Z"));
    Incident third =
        incidents.declare(Declaration.of("Settlement late", Severity.SEV1, "payments-api"), ALICE);
    clock.advance(Duration.ofMinutes(10));
    incidents.acknowledge(third.id(), ALICE);
  }

  @Test
  @DisplayName("posts once at Monday 09:00 Warsaw time to its channel, with the week's numbers")
  void postsTheWeek() {
    aWeekOfIncidents();
    clock.set(Instant.parse("2026-11-23T07:59:00Z"));
    assertThat(digest.post()).as("08:59 Warsaw: not yet").isFalse();

    clock.set(Instant.parse("2026-11-23T08:05:00Z"));
    boolean first = digest.post();
    boolean second = digest.post();

    assertThat(first).isTrue();
    assertThat(second).as("once per week").isFalse();
    assertThat(posted()).hasSize(1);
    OutboxMessage message = posted().get(0);
    assertThat(message.recipient()).isEqualTo("#incident-digest");
    assertThat(message.kind()).isEqualTo(OutboxMessage.Kind.NOTICE);
    assertThat(message.incident()).isEmpty();
    assertThat(message.text().lines().toList())
        .containsExactly(
            "**Weekly incident digest**: Mon 16 Nov 09:00 to Mon 23 Nov 09:00 (Europe/Warsaw)",
            "Incidents: 2 declared (SEV1 1, SEV2 1); 1 not resolved by the end of the week",
            "Time to acknowledge: median 4m, p90 10m",
            "Time to resolve: median 1h, p90 1h (1 not yet)",
            "Recurrences: payments-api 1 of 2",
            "Escalations: 0 (in 0 of 2 incidents)",
            "Update cadence kept: 0 of 2 windows; runbook posted in 2 of 2 incidents",
            "Follow-ups: 1 overdue, 0 done this week",
            "- INC-1 #1 Add a canary stage (owner alice, due 2026-11-20) - OVERDUE",
            "Open now: 1",
            "- INC-3 [SEV1] Settlement late (acknowledged, declared 3d 19h ago)",
            "Drills: 1 (not counted above)");
  }

  @Test
  @DisplayName("a Beacon down at posting time posts within a day of it, not later")
  void catchUpWithinADay() {
    clock.set(Instant.parse("2026-11-24T07:00:00Z"));
    assertThat(digest.post()).as("23 h late: still posted").isTrue();
    assertThat(posted().get(0).text()).contains("No incidents declared.");

    WeeklyDigest other =
        new WeeklyDigest(new InMemoryIncidentStore(), TestCatalog.create(), MONDAY_NINE, clock);
    clock.set(Instant.parse("2026-11-24T08:30:00Z"));
    assertThat(other.post()).as("more than a day late: skipped").isFalse();
  }

  @Test
  @DisplayName("the posting time follows the zone's daylight-saving change")
  void followsDaylightSaving() {
    Instant afterChange = MONDAY_NINE.latestAtOrBefore(Instant.parse("2026-03-30T07:30:00Z"));

    assertThat(afterChange).as("09:00 CEST").isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    assertThat(MONDAY_NINE.weekBefore(afterChange))
        .as("09:00 CET a week before: the week is an hour shorter")
        .isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
    assertThat(MONDAY_NINE.latestAtOrBefore(Instant.parse("2026-03-30T06:59:00Z")))
        .isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
  }
}
