package dev.beacon.bot.discord;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.testing.DemoConfig;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.Secret;
import dev.beacon.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person starting Beacon is told when Discord's gateway refuses it. */
@DisplayName("Discord refusing the connection")
class DiscordConnectionRefusedTest {

  @TempDir Path data;

  @Test
  @DisplayName("Intents not enabled in the portal (4014): told at once which switch to turn on")
  void disallowedIntentsSayWhatToEnable() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      discord.refuseIdentify(4014);
      BeaconConfig config =
          ConfigLoader.load(
              "discord-test.yaml",
              DemoConfig.onDiscord(
                  FakeDiscord.GUILD_ID, discord.apiBaseUrl(), discord.gatewayUrl()));
      try (DiscordBot bot =
          DiscordBot.open(config, data, MutableClock.at("2026-11-24T10:00:00Z"), Map.of())) {
        // A long ready timeout: only the refusal itself can end the wait in time.
        assertThatThrownBy(
                () ->
                    bot.connect(
                        new Secret("test-token"),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        reopened -> {}))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("4014")
            .hasMessageContaining("enable the Message Content Intent");
      }
    }
  }
}
