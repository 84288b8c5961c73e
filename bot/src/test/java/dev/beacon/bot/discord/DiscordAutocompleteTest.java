package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordPayloads.names;
import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static dev.beacon.bot.discord.DiscordTestBed.WAIT;
import static dev.beacon.bot.discord.DiscordTestBed.callbackFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.SlashInteraction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autocomplete, the real JDA against the fake Discord: while someone types a command's option,
 * Beacon suggests values for it (here open incidents and services).
 */
@DisplayName("Discord autocomplete, real JDA against a fake Discord")
class DiscordAutocompleteTest {

  @TempDir Path data;
  private DiscordTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = DiscordTestBed.connected(data);
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  @DisplayName(
      "Typing an incident or a service gets suggestions: open incidents newest first, services")
  void autocompleteSuggestsIncidentsAndServices() throws Exception {
    for (String title : List.of("One", "Two")) {
      bed.declare(title, "SEV3");
    }

    String incident =
        bed.discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "ack")
                .option("incident", "")
                .typingIn("incident"));
    String service =
        bed.discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "x")
                .option("service", "pay")
                .typingIn("service"));

    JsonNode incidents = bed.discord.await(callbackFor(incident), WAIT).json();
    JsonNode services = bed.discord.await(callbackFor(service), WAIT).json();
    assertThat(incidents.path("type").asInt()).as("autocomplete result").isEqualTo(8);
    assertThat(names(incidents.path("data").path("choices"))).containsExactly("INC-2", "INC-1");
    assertThat(names(services.path("data").path("choices"))).containsExactly("payments-api");
  }
}
