package dev.beacon.bot.discord;

import java.net.URI;

/** Turns the configured endpoints into the exact forms JDA expects. */
final class DiscordEndpoints {

  private static final String API_PATH = "/api/v10";

  private DiscordEndpoints() {}

  /**
   * JDA's REST base: must end in {@code /api/v10/}. Accepts {@code https://discord.com}, {@code
   * https://discord.com/api/v10} and the same with a trailing slash.
   */
  static String restBase(URI apiBaseUrl) {
    String base = apiBaseUrl.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    if (!base.endsWith(API_PATH)) {
      base = base + API_PATH;
    }
    return base + "/";
  }

  /** The gateway URL as configured; JDA appends the encoding and version query itself. */
  static String gateway(URI gatewayUrl) {
    return gatewayUrl.toString();
  }
}
