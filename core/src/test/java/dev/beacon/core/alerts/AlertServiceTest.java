package dev.beacon.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.AlertFired;
import dev.beacon.core.timeline.AlertResolved;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.Reopened;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Alerts into incidents: grouping, state changes, mitigation, recurrence and storms. */
@DisplayName("Alert intake")
class AlertServiceTest {

  /** Nobody on call: page rules fall back to incidents (not used by these tests' rules). */
  private static final OnCallLookup NOBODY = (services, at) -> Optional.empty();

  private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents = new IncidentService(store, TestCatalog.create(), clock);
  private final AlertService alerts = new AlertService(incidents, policy(10, 600), NOBODY);

  private static AlertPolicy policy(int newIncidentsPerMinute, int perSourcePerMinute) {
    return new AlertPolicy(
        "service",
        "severity",
        Map.of("critical", Severity.SEV1, "warning", Severity.SEV3),
        Severity.SEV3,
        (service, severity) -> AlertRoute.INCIDENT,
        true,
        Duration.ofMinutes(30),
        perSourcePerMinute,
        newIncidentsPerMinute);
  }

  private static Alert alert(String fingerprint, AlertStatus status, String severity) {
    return new Alert(
        fingerprint,
        status,
        Map.of("alertname", "PaymentsDown", "service", "payments-api", "severity", severity),
        Map.of(
            "summary",
            "Payments API 5xx above 5% " + fingerprint,
            "runbook_url",
            "https://wiki.example/runbooks/payments"),
        Instant.parse("2026-11-24T09:58:00Z"),
        status == AlertStatus.RESOLVED
            ? Optional.of(Instant.parse("2026-11-24T10:20:00Z"))
            : Optional.empty(),
        "http://prometheus.example/graph");
  }

  private IntakeReceipt send(String group, Alert... batch) {
    return alerts.accept(
        new AlertBatch("alertmanager", group, List.of(batch), "http://am.example:9093"));
  }

  private <T> List<T> events(IncidentId id, Class<T> type) {
    return incidents.timeline(id).stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  @DisplayName("a new group declares an incident from its alerts: title, severity, service, links")
  void newGroupDeclares() {
    IntakeReceipt receipt =
        send(
            "{}:{alertname=\"PaymentsDown\"}",
            alert("a1", AlertStatus.FIRING, "warning"),
            alert("a2", AlertStatus.FIRING, "critical"));

    assertThat(receipt.outcome()).isEqualTo("incident");
    Incident incident = incidents.get(receipt.incidents().get(0));
    assertThat(incident.title()).isEqualTo("Payments API 5xx above 5% a1 (+1 more)");
    assertThat(incident.severity()).as("the most severe alert's").isEqualTo(Severity.SEV1);
    assertThat(incident.services()).containsExactly("payments-api");
    assertThat(incident.description())
        .contains("Runbook: https://wiki.example/runbooks/payments")
        .contains("Source: http://prometheus.example/graph");
    assertThat(incident.roles()).as("no human commander yet").isEmpty();
    assertThat(events(incident.id(), AlertFired.class))
        .extracting(AlertFired::fingerprint)
        .containsExactly("a1", "a2");
  }

  @Test
  @DisplayName("100 alerts sharing a group key make one incident; repeats add nothing; all logged")
  void oneGroupOneIncident() {
    for (int i = 0; i < 100; i++) {
      send("g1", alert("a" + (i % 10), AlertStatus.FIRING, "critical"));
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(store.recent(10)).hasSize(1);
    IncidentId id = store.recent(10).get(0).id();
    assertThat(events(id, AlertFired.class)).as("each alert once").hasSize(10);
    assertThat(store.alertLog()).hasSize(100).allMatch(e -> e.incident().equals(Optional.of(id)));
    assertThat(store.alertLog()).filteredOn(e -> e.disposition().equals("repeat")).hasSize(90);
  }

  @Test
  @DisplayName("when every alert of the group has resolved, the incident is marked mitigated")
  void allResolvedMitigates() {
    IncidentId id =
        send(
                "g1",
                alert("a1", AlertStatus.FIRING, "critical"),
                alert("a2", AlertStatus.FIRING, "critical"))
            .incidents()
            .get(0);

    send("g1", alert("a1", AlertStatus.RESOLVED, "critical"));
    Status afterOne = incidents.get(id).status();
    send("g1", alert("a2", AlertStatus.RESOLVED, "critical"));

    assertThat(afterOne).isEqualTo(Status.DECLARED);
    assertThat(incidents.get(id).status()).isEqualTo(Status.MITIGATED);
    assertThat(events(id, AlertResolved.class))
        .extracting(AlertResolved::fingerprint)
        .containsExactly("a1", "a2");
    assertThat(events(id, Mitigated.class))
        .singleElement()
        .satisfies(m -> assertThat(m.summary()).isEqualTo("all alerts of the group have resolved"));
  }

  @Test
  @DisplayName("a group firing again soon after resolve reopens its incident; later, a new one")
  void recurrence() {
    IncidentId first = send("g1", alert("a1", AlertStatus.FIRING, "critical")).incidents().get(0);
    incidents.resolve(first, "rolled back", dev.beacon.core.incident.Actor.person("alice"));

    clock.advance(Duration.ofMinutes(20));
    IntakeReceipt again = send("g1", alert("a1", AlertStatus.FIRING, "critical"));
    incidents.resolve(first, "rolled back again", dev.beacon.core.incident.Actor.person("alice"));
    clock.advance(Duration.ofMinutes(31));
    IntakeReceipt later = send("g1", alert("a1", AlertStatus.FIRING, "critical"));

    assertThat(again.outcome()).isEqualTo("reopened");
    assertThat(again.incidents()).containsExactly(first);
    assertThat(events(first, Reopened.class))
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("a recurrence"));
    assertThat(events(first, AlertFired.class)).as("fired, then fired again").hasSize(2);
    assertThat(later.outcome()).isEqualTo("incident");
    assertThat(later.incidents()).doesNotContain(first);
  }

  @Test
  @DisplayName("beyond the cap of new incidents a minute, new groups fold into one storm incident")
  void stormFolds() {
    List<IntakeReceipt> receipts =
        IntStream.range(0, 30)
            .mapToObj(i -> send("g" + i, alert("a" + i, AlertStatus.FIRING, "critical")))
            .toList();

    assertThat(store.recent(100)).hasSize(11);
    assertThat(receipts.stream().filter(r -> r.outcome().equals("incident"))).hasSize(10);
    IncidentId storm = receipts.get(10).incidents().get(0);
    assertThat(incidents.get(storm).title()).isEqualTo("Alert storm from alertmanager");
    assertThat(receipts.subList(10, 30)).allMatch(r -> r.incidents().equals(List.of(storm)));
    assertThat(events(storm, AlertFired.class))
        .as("every folded alert in its timeline")
        .hasSize(20);
    assertThat(store.alertLog()).hasSize(30).allMatch(e -> e.incident().isPresent());

    clock.advance(Duration.ofMinutes(2));
    IntakeReceipt calm = send("g-new", alert("b", AlertStatus.FIRING, "critical"));
    IntakeReceipt folded = send("g15", alert("a15", AlertStatus.RESOLVED, "critical"));
    assertThat(calm.outcome()).as("a minute later, incidents open again").isEqualTo("incident");
    assertThat(folded.incidents()).as("a folded group stays with the storm").containsExactly(storm);
  }

  @Test
  @DisplayName("a resolved notice for a group Beacon has no incident for is logged, not dropped")
  void resolvedForUnknownGroupIsLogged() {
    IntakeReceipt receipt = send("g-old", alert("z", AlertStatus.RESOLVED, "critical"));

    assertThat(receipt.outcome()).isEqualTo("logged");
    assertThat(store.recent(10)).isEmpty();
    assertThat(store.alertLog())
        .singleElement()
        .satisfies(e -> assertThat(e.disposition()).isEqualTo("logged"));
  }

  @Test
  @DisplayName("the per-source rate limit folds new groups too")
  void sourceRateFolds() {
    AlertService tight = new AlertService(incidents, policy(100, 5), NOBODY);
    for (int i = 0; i < 3; i++) {
      tight.accept(
          new AlertBatch(
              "grafana",
              "g" + i,
              List.of(
                  alert("x" + i, AlertStatus.FIRING, "critical"),
                  alert("y" + i, AlertStatus.FIRING, "critical")),
              ""));
    }

    assertThat(store.recent(10))
        .extracting(Incident::title)
        .contains("Alert storm from grafana")
        .hasSize(3);
  }

  @Test
  @DisplayName("alerts the sender left out (max_alerts) are noted in the timeline")
  void truncatedAlertsAreNoted() {
    IntakeReceipt receipt =
        alerts.accept(
            new AlertBatch(
                "alertmanager", "g1", List.of(alert("a1", AlertStatus.FIRING, "critical")), "", 7));

    assertThat(events(receipt.incidents().get(0), dev.beacon.core.timeline.NoteAdded.class))
        .singleElement()
        .satisfies(n -> assertThat(n.text()).startsWith("alertmanager left out 7 more alerts"));
  }

  @Test
  @DisplayName("with other label names configured, the standard service and severity still count")
  void standardLabelsAsFallback() {
    AlertService custom =
        new AlertService(
            incidents,
            new AlertPolicy(
                "app",
                "priority",
                Map.of("critical", Severity.SEV1),
                Severity.SEV4,
                (service, severity) -> AlertRoute.INCIDENT,
                true,
                Duration.ofMinutes(30),
                600,
                10),
            NOBODY);

    IntakeReceipt receipt =
        custom.accept(
            new AlertBatch(
                "generic", "g", List.of(alert("a1", AlertStatus.FIRING, "critical")), ""));

    assertThat(incidents.get(receipt.incidents().get(0)).services())
        .containsExactly("payments-api");
    assertThat(incidents.get(receipt.incidents().get(0)).severity()).isEqualTo(Severity.SEV1);
  }
}
