package dev.beacon.config;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A short human summary of a loaded configuration, printed by {@code beacon check-config} on
 * success: counts and ids of sites (with zones and coverage), teams, services and people.
 */
public final class ConfigSummary {

  private ConfigSummary() {}

  /** The summary, one line per section. */
  public static String of(BeaconConfig config) {
    return String.join(
        "\n",
        line("site", config.sites(), ConfigSummary::site),
        line("team", config.teams(), TeamConfig::id),
        line("service", config.services(), ServiceConfig::id),
        line("person", "people", config.people(), PersonConfig::id),
        line(
            "escalation policy",
            "escalation policies",
            config.escalationPolicies(),
            EscalationPolicyConfig::id),
        line("hyper-care window", config.hyperCare(), HyperCareWindowConfig::id));
  }

  private static String site(SiteConfig s) {
    return s.id()
        + " ("
        + s.zone()
        + " "
        + s.coverage()
        + (s.overnight() ? " overnight" : "")
        + ")";
  }

  private static <T> String line(String noun, List<T> items, Function<T, String> describe) {
    return line(noun, noun + "s", items, describe);
  }

  private static <T> String line(
      String noun, String plural, List<T> items, Function<T, String> describe) {
    String head = items.size() + " " + (items.size() == 1 ? noun : plural);
    if (items.isEmpty()) {
      return head;
    }
    return head + ": " + items.stream().map(describe).collect(Collectors.joining(", "));
  }
}
