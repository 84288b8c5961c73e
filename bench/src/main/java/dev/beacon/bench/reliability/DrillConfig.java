package dev.beacon.bench.reliability;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import java.util.Map;

/**
 * The configuration both drills run Beacon with: one site on duty around the clock, wei on call and
 * jan as the second escalation level, both paged through PagerDuty (played by a mock in the
 * harness), escalation levels of 10 seconds so that timers fall due during a drill, all three alert
 * hooks open to a bearer token, and storm folding set high enough (5,000 alerts or 15 new incidents
 * a minute per source) that a drill declares many incidents before the rest fold.
 */
final class DrillConfig {

  /** The secrets, as Beacon reads them from the environment. */
  static final Map<String, String> ENV =
      Map.of(
          "PD_ROUTING_KEY", "R0UT1NGKEY00000000000000000000AB",
          "PD_WEBHOOK_SECRET", "drill-webhook-secret",
          "AM_TOKEN", "drill-alertmanager-token",
          "GRAFANA_TOKEN", "drill-grafana-token",
          "GENERIC_TOKEN", "drill-generic-token");

  /** The people configured, the first on call. */
  static final String ON_CALL = "wei";

  /** The service alerts name. */
  static final String SERVICE = "payments-api";

  private DrillConfig() {}

  /** The bearer token of alert source {@code source} (alertmanager, grafana, generic). */
  static String token(String source) {
    return switch (source) {
      case "alertmanager" -> ENV.get("AM_TOKEN");
      case "grafana" -> ENV.get("GRAFANA_TOKEN");
      case "generic" -> ENV.get("GENERIC_TOKEN");
      default -> throw new IllegalArgumentException("no alert source " + source);
    };
  }

  /** The configuration with PagerDuty's Events API at {@code pagerDutyUrl}. */
  static BeaconConfig load(String pagerDutyUrl) {
    try {
      return ConfigLoader.load("drill.yaml", yaml(pagerDutyUrl));
    } catch (dev.beacon.config.ConfigException e) {
      throw new IllegalStateException("the drill's configuration is invalid: " + e.getMessage(), e);
    }
  }

  static String yaml(String pagerDutyUrl) {
    return """
        sites:
          - {id: shanghai, name: Shanghai, zone: Asia/Shanghai, coverage: "00:00-00:00"}
        teams:
          - id: payments
            name: Payments
            lead: jan
            sites: [shanghai]
            rotas:
              shanghai:
                rotations:
                  - {name: primary, length: weekly, handoff: "MON 09:00", start: 2026-11-23, members: [wei]}
        people:
          - id: wei
            name: Wei Zhang
            site: shanghai
            team: payments
            contact:
              - {type: pagerduty, target: PWEI123}
          - id: jan
            name: Jan Kowalski
            site: shanghai
            team: payments
            contact:
              - {type: pagerduty, target: PJAN456}
        services:
          - {id: payments-api, name: Payments API, owner: payments, tier: 1, runbook: "https://wiki.example.com/runbooks/payments-api"}
        severities:
          SEV1: {ackWithin: 5m, updateEvery: 15m, resolveTarget: 4h}
          SEV2: {ackWithin: 15m, updateEvery: 30m, resolveTarget: 8h}
          SEV3: {ackWithin: 1h, updateEvery: 4h, resolveTarget: 3d}
          SEV4: {ackWithin: 4h, updateEvery: 1d, resolveTarget: 10d}
        escalationPolicies:
          - id: default
            levels:
              - {target: oncall, timeout: 10s}
              - {target: "person:jan", timeout: 10s}
        integrations:
          pagerduty:
            baseUrl: %s
            routingKeyEnv: PD_ROUTING_KEY
            webhookSecretEnv: PD_WEBHOOK_SECRET
        alerts:
          sources:
            alertmanager: {tokenEnv: AM_TOKEN}
            grafana: {tokenEnv: GRAFANA_TOKEN}
            generic: {tokenEnv: GENERIC_TOKEN}
          storm: {perSourcePerMinute: 5000, newIncidentsPerMinute: 15}
        """
        .formatted(pagerDutyUrl);
  }
}
