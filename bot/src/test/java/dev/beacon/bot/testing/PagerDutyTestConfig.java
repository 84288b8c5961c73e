package dev.beacon.bot.testing;

/**
 * A small configuration for end-to-end tests with PagerDuty's Events API played by a local mock:
 * one site on duty around the clock, wei on call with PagerDuty as his first contact method.
 */
public final class PagerDutyTestConfig {

  private PagerDutyTestConfig() {}

  /** The YAML, with PagerDuty's base URL set to {@code pagerDutyUrl}. */
  public static String yaml(String pagerDutyUrl) {
    return """
        http: 127.0.0.1:0
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
              - {target: oncall, timeout: 30m}
        integrations:
          pagerduty:
            baseUrl: %s
            routingKeyEnv: PD_ROUTING_KEY
            webhookSecretEnv: PD_WEBHOOK_SECRET
        """
        .formatted(pagerDutyUrl);
  }
}
