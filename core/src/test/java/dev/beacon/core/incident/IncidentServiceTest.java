package dev.beacon.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IncidentService")
class IncidentServiceTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService service = new IncidentService(store, TestCatalog.create(), clock);
  private final Actor alice = Actor.person("alice");
  private final Actor alertmanager = new Actor("system:alertmanager");

  private Incident declare() {
    return service.declare(
        Declaration.of("Payments API 5xx", Severity.SEV2, "payments-api"), alice);
  }

  @Test
  void theDeclarerCommandsAndTheIncidentBelongsToTheirSite() {
    Incident incident = declare();

    assertThat(incident.holder(Role.COMMANDER)).contains(alice);
    assertThat(incident.site()).isEqualTo("warsaw");
    assertThat(incident.status()).isEqualTo(Status.DECLARED);
    assertThat(incident.id().toString()).isEqualTo("INC-1");
  }

  @Test
  void anAlertDeclaresWithoutACommanderAndTheFirstAcknowledgerTakesCommand() {
    Incident incident = service.declare(Declaration.of("disk full", Severity.SEV3), alertmanager);

    Incident acked = service.acknowledge(incident.id(), Actor.person("wei"));

    assertThat(incident.roles()).isEmpty();
    assertThat(acked.holder(Role.COMMANDER)).contains(Actor.person("wei"));
    assertThat(service.timeline(incident.id()))
        .extracting(e -> e.kind() + " by " + e.actor())
        .containsExactly(
            "declared by system:alertmanager", "acknowledged by wei", "role-assigned by wei");
  }

  @Test
  void mitigatedMayBeSkippedAndAResolvedIncidentMayBeReopenedButNotAcknowledged() {
    Incident incident = declare();
    service.acknowledge(incident.id(), alice);
    service.resolve(incident.id(), "", alice);

    assertThatThrownBy(() -> service.acknowledge(incident.id(), alice))
        .isInstanceOf(IncidentException.class)
        .hasMessage(
            "INC-1 is resolved, so you cannot acknowledge it; allowed now: reopen, close, update,"
                + " role, note, join, rate.");
    assertThat(service.reopen(incident.id(), "back", alice).status()).isEqualTo(Status.DECLARED);
  }

  @Test
  void aClosedIncidentRefusesEverythingAndKeepsItsReview() {
    Incident incident = declare();
    service.resolve(incident.id(), "", alice);
    service.close(incident.id(), Review.of("20m outage", "bad deploy", List.of()), alice);

    assertThatThrownBy(() -> service.addNote(incident.id(), "late", alice))
        .hasMessage(
            "INC-1 is closed, so you cannot add a note to it; "
                + "nothing more can be done to it but mark its follow-up actions done and rate it.");
    assertThat(service.get(incident.id()).closingReview().orElseThrow().rootCause())
        .isEqualTo("bad deploy");
  }

  @Test
  void closingNeedsTheImpactAndTheRootCause() {
    assertThatThrownBy(() -> Review.of(" ", "x", List.of()))
        .hasMessageContaining("A review needs the impact");
  }

  @Test
  void declaringRefusesBadTitlesUnknownSitesAndUnknownServicesAndStoresNothing() {
    assertThatThrownBy(() -> service.declare(Declaration.of("  ", Severity.SEV2), alice))
        .hasMessageContaining("needs a title");
    assertThatThrownBy(() -> service.declare(Declaration.of("x".repeat(201), Severity.SEV2), alice))
        .hasMessageContaining("201 characters long; keep it to 200");
    assertThatThrownBy(() -> service.declare(Declaration.of("a\nb", Severity.SEV2), alice))
        .hasMessageContaining("one line");
    assertThatThrownBy(
            () ->
                service.declare(
                    new Declaration("x", "", Severity.SEV2, List.of(), "paris", false, false),
                    alice))
        .hasMessage("Unknown site paris; known sites: shanghai, warsaw, pune.");
    assertThatThrownBy(() -> service.declare(Declaration.of("x", Severity.SEV2, "payroll"), alice))
        .hasMessageContaining("Unknown service payroll");
    assertThat(store.recent(10)).isEmpty();
  }

  @Test
  void roleAndSeverityChangesThatChangeNothingAreRefused() {
    Incident incident = declare();

    assertThatThrownBy(() -> service.changeSeverity(incident.id(), Severity.SEV2, "", alice))
        .hasMessage("INC-1 is already SEV2.");
    assertThatThrownBy(() -> service.assignRole(incident.id(), Role.COMMANDER, alice, alice))
        .hasMessage("alice is already the commander of INC-1.");
    assertThatThrownBy(
            () -> service.assignRole(incident.id(), Role.SCRIBE, Actor.person("bob"), alice))
        .hasMessageContaining("Nobody called 'bob' is configured; people: alice, wei");
  }
}
