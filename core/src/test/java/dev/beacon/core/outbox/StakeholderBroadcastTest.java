package dev.beacon.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.StatusUpdate;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeholderBroadcastTest {

  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents =
      new IncidentService(
          store,
          TestCatalog.create(),
          MutableClock.at("2026-11-24T10:00:00Z"),
          List.of(new StakeholderBroadcast()));

  private List<String> broadcasts(IncidentId id) {
    return store.messages(id).stream()
        .map(IncidentStore.SentState::message)
        .filter(m -> m.recipient().equals(OutboxMessage.STAKEHOLDERS))
        .map(OutboxMessage::text)
        .toList();
  }

  @Test
  void statusUpdatesOfPublicIncidentsAreMirroredAndPrivateOnesNever() {
    Actor alice = Actor.person("alice");
    IncidentId open =
        incidents.declare(Declaration.of("Payments API down", Severity.SEV2), alice).id();
    IncidentId secret =
        incidents
            .declare(
                new Declaration("Data leak", "", Severity.SEV1, List.of(), "", true, false), alice)
            .id();

    incidents.postUpdate(open, new StatusUpdate("Rolling back", "EU cards", ""), alice);
    incidents.postUpdate(secret, new StatusUpdate("Investigating", "", ""), alice);
    incidents.addNote(open, "not for stakeholders", alice);

    assertThat(broadcasts(open))
        .containsExactly(
            "INC-1 [SEV2] Payments API down (declared): Rolling back | impact: EU cards");
    assertThat(broadcasts(secret)).isEmpty();
  }
}
