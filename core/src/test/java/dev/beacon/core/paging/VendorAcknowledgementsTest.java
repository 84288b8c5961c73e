package dev.beacon.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acknowledgements and resolutions from paging vendors")
class VendorAcknowledgementsTest {

  private final IncidentService incidents =
      new IncidentService(
          new InMemoryIncidentStore(),
          TestCatalog.create(),
          MutableClock.at("2026-11-24T10:00:00Z"));
  private final VendorAcknowledgements acks =
      new VendorAcknowledgements(incidents, TestCatalog.create(), person -> List.of());

  @Test
  @DisplayName(
      "a late 'resolved' for the incident's earlier life does not resolve it once reopened")
  void earlierCycleIsIgnored() {
    Actor alice = Actor.person("alice");
    Incident incident = incidents.declare(Declaration.of("Outage", Severity.SEV2), alice);
    IncidentId id = incident.id();
    String first = DeliveryService.dedupKey(incident, 0);
    String second = DeliveryService.dedupKey(incident, 1);

    VendorAcknowledgements.Result resolved =
        acks.apply("pagerduty", first, PageAction.RESOLVE, "wei");
    incidents.reopen(id, "back", alice);
    VendorAcknowledgements.Result late = acks.apply("pagerduty", first, PageAction.RESOLVE, "wei");
    Status afterLate = incidents.get(id).status();
    VendorAcknowledgements.Result current =
        acks.apply("pagerduty", second, PageAction.RESOLVE, "wei");

    assertThat(first).isEqualTo("beacon-INC-1");
    assertThat(second).isEqualTo("beacon-INC-1.r1");
    assertThat(resolved).isEqualTo(VendorAcknowledgements.Result.APPLIED);
    assertThat(late).isEqualTo(VendorAcknowledgements.Result.EARLIER_CYCLE);
    assertThat(afterLate).isEqualTo(Status.DECLARED);
    assertThat(current).isEqualTo(VendorAcknowledgements.Result.APPLIED);
    assertThat(incidents.get(id).status()).isEqualTo(Status.RESOLVED);
    assertThat(VendorAcknowledgements.incidentOf("beacon-INC-1.r1")).contains(id);
    assertThat(VendorAcknowledgements.incidentOf("someone-else")).isEmpty();
  }
}
