package dev.beacon.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.FollowUp;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Follow-up reminders")
class FollowUpRemindersTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents = new IncidentService(store, TestCatalog.create(), clock);
  private final FollowUpReminders reminders = new FollowUpReminders(store, clock);
  private final Actor alice = Actor.person("alice");

  @BeforeEach
  void closeWithFollowUps() {
    IncidentId id = incidents.declare(Declaration.of("Outage", Severity.SEV2), alice).id();
    incidents.resolve(id, "", alice);
    incidents.close(
        id,
        new Review(
            "20m",
            "expired cert",
            "",
            List.of(
                new FollowUp(
                    "Alert before expiry",
                    Optional.of("wei"),
                    Optional.of(LocalDate.parse("2026-12-01"))),
                new FollowUp(
                    "No owner", Optional.empty(), Optional.of(LocalDate.parse("2026-12-01"))),
                new FollowUp(
                    "Done already",
                    Optional.of("jan"),
                    Optional.of(LocalDate.parse("2026-11-25"))))),
        alice);
    incidents.completeFollowUp(id, 3, alice);
  }

  private List<OutboxMessage> notices() {
    return store.unsentMessages(100).stream()
        .filter(m -> m.kind() == OutboxMessage.Kind.NOTICE && m.key().contains("follow-up"))
        .toList();
  }

  @Test
  @DisplayName("the owner hears the day before, once; then weekly while overdue; never for done")
  void beforeAndOverdue() {
    int early = reminders.remind();
    clock.set(java.time.Instant.parse("2026-11-30T09:00:00Z"));
    int dayBefore = reminders.remind();
    clock.advance(Duration.ofHours(2));
    int again = reminders.remind();
    clock.set(java.time.Instant.parse("2026-12-02T09:00:00Z"));
    int overdue = reminders.remind();
    clock.advance(Duration.ofDays(1));
    int sameWeek = reminders.remind();
    clock.advance(Duration.ofDays(7));
    int nextWeek = reminders.remind();

    assertThat(early).isZero();
    assertThat(dayBefore).isEqualTo(1);
    assertThat(again).as("the same occasion is not repeated").isZero();
    assertThat(overdue).isEqualTo(1);
    assertThat(sameWeek).isZero();
    assertThat(nextWeek).isEqualTo(1);
    assertThat(notices()).allMatch(m -> m.recipient().equals("wei"));
    assertThat(notices().get(0).text())
        .isEqualTo(
            "Reminder: follow-up #1 of INC-1 (Outage) is due 2026-12-01: Alert before expiry."
                + " Mark it done with /incident follow-up-done INC-1 1.");
    assertThat(notices().get(1).text()).contains("was due 2026-12-01: overdue");
  }
}
