package dev.beacon.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Room updates requested by incident changes")
class RoomUpdatesTest {

  @Test
  @DisplayName("resolve then reopen in the same millisecond: the room hears of both")
  void changesInTheSameMillisecondAreNotMerged() {
    InMemoryIncidentStore store = new InMemoryIncidentStore();
    IncidentService incidents =
        new IncidentService(
            store,
            TestCatalog.create(),
            MutableClock.at("2026-11-24T10:00:00Z"),
            List.of(RoomUpdates.observer()));
    Actor alice = Actor.person("alice");
    IncidentId id = incidents.declare(Declaration.of("Outage", Severity.SEV3), alice).id();

    incidents.resolve(id, "restarted", alice);
    incidents.reopen(id, "back again", alice);

    assertThat(
            store.unsentMessages(100).stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.ROOM)
                .map(OutboxMessage::text))
        .containsExactly(
            RoomUpdates.Request.OPEN.text(),
            RoomUpdates.Request.UPDATE.text(),
            RoomUpdates.Request.ARCHIVE.text(),
            RoomUpdates.Request.UPDATE.text());
  }
}
