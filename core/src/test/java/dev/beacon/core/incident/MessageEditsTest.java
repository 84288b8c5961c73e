package dev.beacon.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.MessageEdited;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IncidentService: edits of captured messages")
class MessageEditsTest {

  private static final String LINK = "https://discord.com/channels/1/2/3";
  private static final String OTHER = "https://discord.com/channels/1/2/4";
  private static final Instant SENT = Instant.parse("2026-11-24T07:58:00Z");

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final IncidentService service =
      new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
  private final Actor alice = Actor.person("alice");
  private final Actor wei = Actor.person("wei");
  private final IncidentId id =
      service.declare(Declaration.of("Payments API 5xx", Severity.SEV2), alice).id();

  private void capture(String link) {
    service.captureMessage(
        id,
        new MessageCaptured(
            id, Instant.EPOCH, alice, "wei", "replica lag 40s", List.of(), SENT, link),
        alice);
  }

  private List<String> described() {
    return service.timeline(id).stream().map(TimelineEvent::describe).toList();
  }

  @Test
  void anEditOfACapturedMessageIsRecordedWithItsNewTextEditTimeAndLink() {
    capture(LINK);
    clock.advance(Duration.ofMinutes(3));
    Instant editedAt = Instant.parse("2026-11-24T08:02:30Z");

    var recorded = service.recordEdit(id, LINK, "replica lag 400s (not 40s)", editedAt, wei);

    assertThat(recorded).isPresent();
    TimelineEvent last = service.timeline(id).get(service.timeline(id).size() - 1);
    assertThat(last)
        .isEqualTo(
            new MessageEdited(
                id,
                Instant.parse("2026-11-24T08:03:00Z"),
                wei,
                "replica lag 400s (not 40s)",
                editedAt,
                LINK));
    assertThat(described())
        .as("the review shows the original and the edit")
        .anySatisfy(d -> assertThat(d).contains("replica lag 40s"))
        .anySatisfy(
            d ->
                assertThat(d)
                    .isEqualTo(
                        "captured message edited (2026-11-24T08:02:30Z): replica lag 400s (not"
                            + " 40s) "
                            + LINK));
  }

  @Test
  void editsOfMessagesNeverCapturedAreIgnored() {
    capture(LINK);
    int before = service.timeline(id).size();

    var recorded = service.recordEdit(id, OTHER, "something else", clock.instant(), wei);

    assertThat(recorded).isEmpty();
    assertThat(service.timeline(id)).hasSize(before);
  }

  @Test
  void editsAfterTheCaptureWasReleasedAreIgnoredUntilItIsCapturedAgain() {
    capture(LINK);
    service.releaseMessage(id, LINK, alice);

    var afterRelease = service.recordEdit(id, LINK, "edited once", clock.instant(), wei);
    capture(LINK);
    var afterRecapture = service.recordEdit(id, LINK, "edited twice", clock.instant(), wei);

    assertThat(afterRelease).isEmpty();
    assertThat(afterRecapture).isPresent();
    assertThat(described())
        .noneSatisfy(d -> assertThat(d).contains("edited once"))
        .anySatisfy(d -> assertThat(d).contains("edited twice"));
  }

  @Test
  void anUpdateThatLeavesTheTextAsRecordedIsNotAnEdit() {
    capture(LINK);
    service.recordEdit(id, LINK, "replica lag 400s", clock.instant(), wei);
    int before = service.timeline(id).size();

    var again = service.recordEdit(id, LINK, "replica lag 400s", clock.instant(), wei);

    assertThat(again).isEmpty();
    assertThat(service.timeline(id)).hasSize(before);
  }

  @Test
  void anEditInAClosedIncidentIsRefusedAndChangesNothing() {
    capture(LINK);
    service.resolve(id, "", alice);
    service.close(id, Review.of("20m outage", "bad deploy", List.of()), alice);
    int before = service.timeline(id).size();

    assertThatThrownBy(() -> service.recordEdit(id, LINK, "late edit", clock.instant(), wei))
        .isInstanceOf(IncidentException.class)
        .hasMessageStartingWith("INC-1 is closed, so you cannot");
    assertThat(service.timeline(id)).hasSize(before);
  }
}
