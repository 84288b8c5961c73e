package dev.beacon.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertPolicy;
import dev.beacon.core.alerts.AlertRoute;
import dev.beacon.core.alerts.AlertService;
import dev.beacon.core.alerts.AlertStatus;
import dev.beacon.core.alerts.IntakeReceipt;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert groups, states and the log live in the SQLite store and survive a restart. */
@DisplayName("Alerts in the SQLite store")
class AlertsInTheStoreTest {

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");

  private IntakeReceipt send(SqliteIncidentStore store, String group, AlertStatus status) {
    IncidentService incidents = new IncidentService(store, TestCatalog.create(), clock);
    AlertService alerts =
        new AlertService(
            incidents,
            new AlertPolicy(
                "service",
                "severity",
                Map.of("critical", Severity.SEV1),
                Severity.SEV3,
                (service, severity) -> AlertRoute.INCIDENT,
                true,
                Duration.ofMinutes(30),
                600,
                10),
            (services, at) -> Optional.empty());
    return alerts.accept(
        new AlertBatch(
            "alertmanager",
            group,
            List.of(
                new Alert(
                    "455084bd7a034951",
                    status,
                    Map.of("alertname", "NavCalculationLate", "severity", "critical"),
                    Map.of("summary", "NAV batch has not finished 30m after cut-off"),
                    Instant.parse("2026-11-24T05:12:17.765899766Z"),
                    Optional.empty(),
                    "")),
            ""));
  }

  @Test
  @DisplayName("the resolved notice after a restart mitigates the incident the firing one opened")
  void groupSurvivesRestart() {
    IntakeReceipt fired;
    try (SqliteIncidentStore store = SqliteIncidentStore.open(data)) {
      fired = send(store, "{}:{alertname=\"NavCalculationLate\"}", AlertStatus.FIRING);
    }
    clock.advance(Duration.ofMinutes(5));
    try (SqliteIncidentStore store = SqliteIncidentStore.open(data)) {
      IntakeReceipt resolved =
          send(store, "{}:{alertname=\"NavCalculationLate\"}", AlertStatus.RESOLVED);

      assertThat(resolved.incidents()).isEqualTo(fired.incidents());
      assertThat(store.find(fired.incidents().get(0)).orElseThrow().status())
          .isEqualTo(Status.MITIGATED);
      assertThat(store.timeline(fired.incidents().get(0)))
          .extracting(e -> e.kind())
          .containsSubsequence("declared", "alert-fired", "alert-resolved", "mitigated");
    }
  }
}
