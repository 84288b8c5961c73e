package dev.beacon.config;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Discord side: which guild, which categories incident channels open and archive into, where
 * the bot token comes from, the API endpoints (overridable for tests), and which Discord role
 * stands for each Beacon role ({@code stakeholder}, {@code responder}, {@code commander}, {@code
 * admin}); {@code channelRetention}, when set, is how long an archived incident channel stays
 * before it is deleted (its timeline is in the store).
 */
public record DiscordConfig(
    Optional<String> guild,
    String incidentCategory,
    String archiveCategory,
    SecretRef token,
    URI apiBaseUrl,
    URI gatewayUrl,
    Map<String, String> roles,
    Optional<Duration> channelRetention) {

  public static final String DEFAULT_INCIDENT_CATEGORY = "Incidents";
  public static final String DEFAULT_ARCHIVE_CATEGORY = "Incident archive";
  public static final String DEFAULT_TOKEN_ENV = "DISCORD_TOKEN";
  public static final URI DEFAULT_API_BASE_URL = URI.create("https://discord.com/api/v10");
  public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg");

  public DiscordConfig {
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }
}
