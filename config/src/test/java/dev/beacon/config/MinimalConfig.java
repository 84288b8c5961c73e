package dev.beacon.config;

/** A small valid configuration that tests break in one place at a time. */
final class MinimalConfig {

  static final String YAML =
      """
      sites:
        - id: warsaw
          name: Warsaw
          zone: Europe/Warsaw
          coverage: "17:00-01:00"
      teams:
        - id: custody
          name: Custody Operations
          lead: alice
          sites: [warsaw]
      people:
        - id: alice
          name: Alice Nowak
          site: warsaw
          team: custody
          chat: {discord: "100000000000000001"}
          contact:
            - type: discord-dm
      services:
        - id: custody-settlement
          name: Custody Settlement
          owner: custody
          tier: 1
          runbook: https://wiki.example.com/runbooks/custody-settlement
      severities:
        SEV1: {ackWithin: 5m, updateEvery: 15m, resolveTarget: 4h}
        SEV2: {ackWithin: 15m, updateEvery: 30m, resolveTarget: 8h}
        SEV3: {ackWithin: 1h, updateEvery: 4h, resolveTarget: 3d}
        SEV4: {ackWithin: 4h, updateEvery: 1d, resolveTarget: 10d}
      escalationPolicies:
        - id: default
          levels:
            - {target: oncall, timeout: 5m}
            - {target: "person:alice", timeout: 10m}
      """;

  private MinimalConfig() {}

  /** The minimal config with one piece of text replaced; fails loudly if the text is absent. */
  static String with(String original, String replacement) {
    if (!YAML.contains(original)) {
      throw new IllegalArgumentException("fixture has no '" + original + "'");
    }
    return YAML.replace(original, replacement);
  }

  /** The 1-based line of the first line containing {@code text}. */
  static int lineOf(String yaml, String text) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line contains '" + text + "'");
  }
}
