package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Binds {@code discord:}: guild, categories, token variable, endpoints and role names. */
final class DiscordBinder {

  static final String[] KEYS = {
    "guild", "incidentCategory", "archiveCategory", "tokenEnv", "apiBaseUrl", "gatewayUrl", "roles"
  };

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
      f.parse(entry.value(), at, ScalarParsers::text).ifPresent(r -> roles.put(entry.key(), r));
    }
    return new DiscordConfig(guild, incidents, archive, token, api, gateway, roles);
  }
}
