package dev.beacon.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How command specs become Discord slash commands, and how endpoints are normalised. */
@DisplayName("Discord command mapping")
class DiscordCommandMappingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(SlashCommandData data) throws Exception {
    return JSON.readTree(data.toData().toString());
  }

  private static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("name").asText())
        .toList();
  }

  @Test
  @DisplayName("Required options come first, keeping their order; role gets its choices")
  void requiredOptionsComeFirstAndRolesOfferChoices() throws Exception {
    CommandSpec spec =
        CommandSpec.of(
            "incident role",
            "Assign a role",
            OptionSpec.optional("note", OptionType.TEXT, "Why"),
            OptionSpec.required("incident", OptionType.INCIDENT, "Which incident"),
            OptionSpec.required("role", OptionType.ROLE, "Which role"),
            OptionSpec.optional("quiet", OptionType.BOOLEAN, "No announcement"));

    JsonNode sub = json(SlashCommands.from(List.of(spec)).get(0)).path("options").get(0);

    assertThat(sub.path("name").asText()).isEqualTo("role");
    assertThat(names(sub.path("options"))).containsExactly("incident", "role", "note", "quiet");
    assertThat(names(sub.path("options").get(1).path("choices")))
        .containsExactly("commander", "comms", "scribe");
    assertThat(sub.path("options").get(3).path("type").asInt()).as("BOOLEAN").isEqualTo(5);
    assertThat(sub.path("options").get(0).path("type").asInt()).as("STRING").isEqualTo(3);
  }

  @Test
  @DisplayName("Descriptions longer than Discord's 100 characters are cut, not refused")
  void longDescriptionsAreCutToDiscordsLimit() throws Exception {
    CommandSpec spec = CommandSpec.of("oncall", "x".repeat(150));

    JsonNode oncall = json(SlashCommands.from(List.of(spec)).get(0));

    assertThat(oncall.path("description").asText()).hasSize(100).endsWith("…");
  }

  @Test
  @DisplayName("The REST base always ends in /api/v10/, as JDA needs")
  void restBaseEndsInApiVersion() {
    assertThat(DiscordEndpoints.restBase(URI.create("https://discord.com/api/v10")))
        .isEqualTo("https://discord.com/api/v10/");
    assertThat(DiscordEndpoints.restBase(URI.create("http://127.0.0.1:8080/")))
        .isEqualTo("http://127.0.0.1:8080/api/v10/");
  }
}
