package dev.beacon.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.Joined;
import dev.beacon.core.timeline.Participants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IncidentService: joining an incident")
class JoiningTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final IncidentService service =
      new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
  private final Actor alice = Actor.person("alice");
  private final Actor wei = Actor.person("wei");
  private final IncidentId id =
      service.declare(Declaration.of("Payments API 5xx", Severity.SEV2), alice).id();

  @Test
  void aPersonWhoJoinsIsRecordedAndTakesPart() {
    clock.advance(Duration.ofMinutes(2));

    var joined = service.join(id, wei);

    assertThat(joined).map(Incident::updatedAt).contains(Instant.parse("2026-11-24T08:02:00Z"));
    assertThat(service.timeline(id)).last().isEqualTo(new Joined(id, clock.instant(), wei));
    assertThat(service.timeline(id).get(service.timeline(id).size() - 1).describe())
        .isEqualTo("joined as a responder");
    assertThat(Participants.of(service.timeline(id))).containsExactly("alice", "wei");
  }

  @Test
  void joiningWhileAlreadyTakingPartRecordsNothing() {
    service.join(id, wei);
    int before = service.timeline(id).size();

    var again = service.join(id, wei);
    var declarer = service.join(id, alice);

    assertThat(again).isEmpty();
    assertThat(declarer).as("the declarer already takes part").isEmpty();
    assertThat(service.timeline(id)).hasSize(before);
  }

  @Test
  void aResolvedIncidentCanBeJoinedButAClosedOneIsRefused() {
    service.resolve(id, "", alice);
    assertThat(service.join(id, wei)).isPresent();
    service.close(id, Review.of("20m outage", "bad deploy", List.of()), alice);
    int before = service.timeline(id).size();

    assertThatThrownBy(() -> service.join(id, Actor.person("jan")))
        .isInstanceOf(IncidentException.class)
        .hasMessage(
            "INC-1 is closed, so you cannot join it; "
                + "nothing more can be done to it but mark its follow-up actions done and rate it.");
    assertThat(service.timeline(id)).hasSize(before);
  }

  @Test
  void onlyConfiguredPeopleCanJoin() {
    assertThatThrownBy(() -> service.join(id, Actor.person("bob")))
        .hasMessageStartingWith("Nobody called 'bob' is configured; people: alice, wei");
    assertThatThrownBy(() -> service.join(id, Actor.BEACON))
        .hasMessageStartingWith("Nobody called 'system:beacon' is configured");
  }
}
