package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Binds {@code discord:}: guild, categories, token variable, endpoints and role names. */
final class DiscordBinder {

  static final String[] KEYS = {
    "guild",
    "incidentCategory",
    "archiveCategory",
    "tokenEnv",
    "apiBaseUrl",
    "gatewayUrl",
    "roles",
    "channelRetention"
  };

  /** The Beacon roles {@code roles:} may map, least trusted first. */
  static final java.util.List<String> BEACON_ROLES =
      java.util.List.of("stakeholder", "responder", "commander", "admin");

  DiscordConfig bind(Fields f) {
    Optional<String> guild = f.optional("guild", ScalarParsers::snowflake);
    String incidents =
        f.optional("incidentCategory", ScalarParsers::text)
            .orElse(DiscordConfig.DEFAULT_INCIDENT_CATEGORY);
    String archive =
        f.optional("archiveCategory", ScalarParsers::text)
            .orElse(DiscordConfig.DEFAULT_ARCHIVE_CATEGORY);
    SecretRef token =
        f.optional("tokenEnv", ScalarParsers::envName)
            .orElse(new SecretRef(DiscordConfig.DEFAULT_TOKEN_ENV));
    var api =
        f.optional("apiBaseUrl", ScalarParsers::httpUrl).orElse(DiscordConfig.DEFAULT_API_BASE_URL);
    var gateway =
        f.optional("gatewayUrl", ScalarParsers::websocketUrl)
            .orElse(DiscordConfig.DEFAULT_GATEWAY_URL);
    Map<String, String> roles = new LinkedHashMap<>();
    for (YamlEntry entry : f.entriesOf("roles")) {
      String at = f.path("roles") + "." + entry.key();
      if (!BEACON_ROLES.contains(entry.key())) {
        f.problemAt(
            entry.keyLine(),
            at,
            "is not a Beacon role; map one of "
                + String.join(", ", BEACON_ROLES)
                + " to a Discord role name or id");
        continue;
      }
      f.parse(entry.value(), at, ScalarParsers::text).ifPresent(r -> roles.put(entry.key(), r));
    }
    Optional<java.time.Duration> retention = f.optional("channelRetention", DurationText::parse);
    return new DiscordConfig(guild, incidents, archive, token, api, gateway, roles, retention);
  }
}
