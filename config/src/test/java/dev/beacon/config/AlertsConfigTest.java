package dev.beacon.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.alerts.AlertAction;
import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("alerts: configuration")
class AlertsConfigTest {

  @Test
  @DisplayName("without the section: defaults, and no source may send")
  void defaults() throws Exception {
    AlertsConfig alerts = ConfigLoader.load("beacon.yaml", MinimalConfig.YAML).alerts();

    assertThat(alerts.sources()).isEmpty();
    assertThat(alerts.maxBodyBytes()).isEqualTo(1024 * 1024);
    assertThat(alerts.severities()).containsEntry("critical", Severity.SEV1);
    assertThat(alerts.ruleFor(Optional.of("x"), Severity.SEV2).action())
        .isEqualTo(AlertAction.INCIDENT);
  }

  @Test
  @DisplayName("sources, label mapping, rules (first match wins), recurrence and storm limits")
  void readsEverything() throws Exception {
    String yaml =
        MinimalConfig.YAML
            + """
            alerts:
              sources:
                alertmanager: {tokenEnv: BEACON_ALERTMANAGER_TOKEN}
                grafana: {hmacSecretEnv: BEACON_GRAFANA_SECRET}
              serviceLabel: app
              severities: {p1: SEV1, p3: SEV3}
              defaultSeverity: SEV4
              rules:
                - {severity: SEV4, service: custody-settlement, action: incident}
                - {severity: SEV3, action: page}
                - {severity: SEV4, action: post, channel: ops-alerts}
                - {action: incident}
              mitigateWhenResolved: false
              refireWindow: 2h
              storm: {perSourcePerMinute: 100, newIncidentsPerMinute: 5}
            """;

    AlertsConfig alerts = ConfigLoader.load("beacon.yaml", yaml).alerts();

    assertThat(alerts.source("alertmanager").orElseThrow().token().orElseThrow().envName())
        .isEqualTo("BEACON_ALERTMANAGER_TOKEN");
    assertThat(alerts.source("grafana").orElseThrow().hmac()).isPresent();
    assertThat(alerts.source("generic")).isEmpty();
    assertThat(alerts.serviceLabel()).isEqualTo("app");
    assertThat(alerts.severities()).containsOnlyKeys("p1", "p3");
    assertThat(alerts.rules().get(0).matches(Optional.of("custody-settlement"), Severity.SEV4))
        .isTrue();
    assertThat(alerts.rules().get(0).matches(Optional.of("custody-settlement"), Severity.SEV1))
        .isFalse();
    assertThat(alerts.ruleFor(Optional.empty(), Severity.SEV1).action())
        .isEqualTo(AlertAction.INCIDENT);
    assertThat(alerts.ruleFor(Optional.of("payments-api"), Severity.SEV3).action())
        .isEqualTo(AlertAction.PAGE);
    assertThat(alerts.ruleFor(Optional.empty(), Severity.SEV4).channel()).contains("ops-alerts");
    assertThat(alerts.ruleFor(Optional.of("custody-settlement"), Severity.SEV4).action())
        .as("the first matching rule wins")
        .isEqualTo(AlertAction.INCIDENT);
    assertThat(alerts.mitigateWhenResolved()).isFalse();
    assertThat(alerts.refireWindow()).isEqualTo(Duration.ofHours(2));
    assertThat(alerts.newIncidentsPerMinute()).isEqualTo(5);
  }

  @Test
  @DisplayName(
      "mistakes are named with their path: unknown source, action, service; post without channel")
  void problems() {
    String yaml =
        MinimalConfig.YAML
            + """
            alerts:
              sources:
                nagios: {tokenEnv: X}
              rules:
                - {action: shout}
                - {service: payroll, action: incident}
                - {action: post}
                - {action: page, channel: ops}
                - {action: page}
            """;

    List<ConfigProblem> problems =
        org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ConfigLoader.load("beacon.yaml", yaml), ConfigException.class)
            .problems();

    assertThat(problems)
        .extracting(ConfigProblem::path)
        .contains(
            "alerts.sources.nagios",
            "alerts.rules[0].action",
            "alerts.rules[1].service",
            "alerts.rules[2].channel",
            "alerts.rules[3].channel");
    assertThat(problems)
        .extracting(ConfigProblem::path)
        .as("a page rule needs nothing more")
        .doesNotContain("alerts.rules[4].action", "alerts.rules[4].channel");
  }
}
