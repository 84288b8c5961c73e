package dev.beacon.config;

import java.util.Optional;

/** The outside services Beacon pages through, and the wiki it publishes reviews to; optional. */
public record IntegrationsConfig(
    Optional<PagerDutyConfig> pagerDuty,
    Optional<OpsgenieConfig> opsgenie,
    Optional<WebhookConfig> webhook,
    Optional<MediaWikiConfig> mediaWiki) {

  /** No integrations configured. */
  public static IntegrationsConfig none() {
    return new IntegrationsConfig(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether a contact method of this type can be used. */
  public boolean supports(ContactType type) {
    return switch (type) {
      case DISCORD_DM -> true;
      case PAGERDUTY -> pagerDuty.isPresent();
      case OPSGENIE -> opsgenie.isPresent();
      case WEBHOOK -> webhook.isPresent();
    };
  }
}
