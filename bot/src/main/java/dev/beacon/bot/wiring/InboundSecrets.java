package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.PagerDutyConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The secrets that authenticate vendors' webhooks to Beacon, read from the environment. */
final class InboundSecrets {

  private final BeaconConfig config;
  private final Map<String, String> env;

  InboundSecrets(BeaconConfig config, Map<String, String> env) {
    this.config = config;
    this.env = env;
  }

  /** PagerDuty's v3 webhook signing secrets (empty: every request is refused). */
  List<String> pagerDuty() {
    return config
        .integrations()
        .pagerDuty()
        .flatMap(PagerDutyConfig::webhookSecret)
        .map(s -> env.get(s.envName()))
        .filter(v -> v != null && !v.isBlank())
        .map(List::of)
        .orElse(List.of());
  }

  /** The token Opsgenie's webhook sends (empty: every request is refused). */
  Optional<String> opsgenie() {
    return config
        .integrations()
        .opsgenie()
        .flatMap(o -> o.callbackToken())
        .map(s -> env.get(s.envName()))
        .filter(v -> v != null && !v.isBlank());
  }
}
