package dev.beacon.bot.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo configuration ({@code docs/examples/demo-fast.yaml}) as YAML text, with its {@code
 * discord:} section pointed at a fake Discord: the fake's guild and endpoints.
 */
public final class DemoConfig {

  private DemoConfig() {}

  /**
   * The demo configuration for guild {@code guild} at {@code apiBaseUrl} and {@code gatewayUrl}.
   */
  public static String onDiscord(String guild, URI apiBaseUrl, URI gatewayUrl) throws IOException {
    return Files.readString(Path.of("../docs/examples/demo-fast.yaml"))
        .replaceFirst(
            "(?m)^  # guild: .*$",
            "  guild: \""
                + guild
                + "\"\n  apiBaseUrl: "
                + apiBaseUrl
                + "\n  gatewayUrl: "
                + gatewayUrl);
  }
}
