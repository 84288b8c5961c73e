package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordPayloads.buttons;
import static dev.beacon.bot.discord.DiscordPayloads.names;
import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static dev.beacon.bot.discord.DiscordTestBed.STRANGER;
import static dev.beacon.bot.discord.DiscordTestBed.WAIT;
import static dev.beacon.bot.discord.DiscordTestBed.callbackFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slash commands on the real JDA against the fake Discord: Beacon identifies with the intents it
 * needs, registers its commands in the guild at every start-up, and answers what people type with
 * embeds, directly or after deferring, refusing people it does not know ephemerally.
 */
@DisplayName("Discord slash commands: registration, answers and deferral")
class DiscordSlashCommandsTest {

  private static final String COMMANDS_PUT =
      "/api/v10/applications/"
          + FakeDiscord.APP_ID
          + "/guilds/"
          + FakeDiscord.GUILD_ID
          + "/commands";

  @TempDir Path data;
  private DiscordTestBed bed;

  @AfterEach
  void stop() {
    if (bed != null) {
      bed.close();
    }
  }

  private static SlashInteraction declaration(String by, String title, String severity) {
    return SlashInteraction.by(by)
        .command("incident", "declare")
        .option("title", title)
        .option("severity", severity);
  }

  @Test
  @DisplayName(
      "Start-up registers /incident, /oncall and /help in the guild, the same list each time")
  void registersItsCommandsInTheGuildAtStartUpIdempotently() throws Exception {
    bed = DiscordTestBed.connected(data, "", InteractionHandler.DEFAULT_DEFER_AFTER);
    bed.restart();
    FakeDiscord discord = bed.discord;

    discord.await(r -> discord.requests(c -> c.is("PUT", COMMANDS_PUT)).size() == 2, WAIT);
    List<DiscordRequest> puts = discord.requests(r -> r.is("PUT", COMMANDS_PUT));
    JsonNode commands = puts.get(0).json();
    assertThat(names(commands)).containsExactly("incident", "oncall", "followups", "help");
    JsonNode incident = commands.get(0);
    assertThat(names(incident.path("options"))).contains("declare", "ack", "resolve", "escalate");
    JsonNode declare = incident.path("options").get(0);
    assertThat(names(declare.path("options")))
        .as("severity required; the title may come from the form instead")
        .startsWith("severity", "title")
        .contains("service", "private");
    assertThat(declare.path("options").get(0).path("required").asBoolean()).isTrue();
    assertThat(declare.path("options").get(1).path("required").asBoolean()).isFalse();
    assertThat(names(declare.path("options").get(0).path("choices")))
        .containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
    assertThat(puts.get(1).json()).isEqualTo(commands);
  }

  @Test
  @DisplayName(
      "Beacon identifies with the Message Content intent, without which Discord sends messages"
          + " empty")
  void identifiesWithTheMessageContentIntent() throws Exception {
    bed = DiscordTestBed.connected(data);

    assertThat(bed.discord.identifiedIntents() & GatewayIntent.MESSAGE_CONTENT.getRawValue())
        .isEqualTo(GatewayIntent.MESSAGE_CONTENT.getRawValue());
  }

  @Test
  @DisplayName(
      "A configured user declares: a public incident card with Acknowledge, Escalate, Resolve and"
          + " Join buttons")
  void configuredUserDeclaresAndGetsThePublicIncidentCard() throws Exception {
    bed = DiscordTestBed.connected(data);

    JsonNode callback =
        bed.answer(
            declaration(ALICE, "Payments API down", "SEV2").option("service", "payments-api"));

    assertThat(callback.path("type").asInt()).as("a direct reply").isEqualTo(4);
    JsonNode message = callback.path("data");
    assertThat(message.path("flags").asInt() & 64).as("public").isZero();
    assertThat(message.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 declared by alice");
    assertThat(buttons(message).map(b -> b.path("label").asText()))
        .containsExactly("Acknowledge", "Escalate", "Resolve", "Join");
    assertThat(buttons(message).map(b -> b.path("custom_id").asText()))
        .containsExactly("b1:ack:INC-1", "b1:esc:INC-1", "b1:res:INC-1", "b1:join:INC-1");
    assertThat(bed.beacon().incidents().get(new IncidentId(1)).title())
        .isEqualTo("Payments API down");
  }

  @Test
  @DisplayName("Deferred at once: the card is edited into the deferred reply")
  void deferredDeclarationIsAnsweredByEditingTheOriginal() throws Exception {
    bed = DiscordTestBed.connected(data, "", Duration.ZERO);

    String id = bed.discord.push(declaration(ALICE, "Ledger lag", "SEV3"));

    JsonNode callback = bed.discord.await(callbackFor(id), WAIT).json();
    assertThat(callback.path("type").asInt()).as("deferred").isEqualTo(5);
    assertThat(callback.path("data").path("flags").asInt() & 64).as("public").isZero();
    JsonNode edit =
        bed.discord
            .await(
                r -> r.is("PATCH", "/api/v10/webhooks/\\d+/token-" + id + "/messages/@original"),
                WAIT)
            .json();
    assertThat(edit.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 declared by alice");
  }

  @Test
  @DisplayName("An unknown Discord user is refused ephemerally and nothing is stored")
  void unknownUserIsRefusedEphemerallyAndNothingIsStored() throws Exception {
    bed = DiscordTestBed.connected(data);

    JsonNode message = bed.answer(declaration(STRANGER, "Hello", "SEV1")).path("data");

    assertThat(message.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(message.path("embeds").get(0).path("description").asText())
        .contains("discord:" + STRANGER)
        .contains("not in Beacon's list of people");
    assertThat(bed.beacon().incidents().recent(10)).isEmpty();
  }

  @Test
  @DisplayName("Deferred at once: a refusal is an ephemeral follow-up; the public deferral goes")
  void refusalAfterPublicDeferralIsAnEphemeralFollowUp() throws Exception {
    // Role checks would refuse the stranger before deferring; without them the command does.
    bed = DiscordTestBed.connectedWithoutRoles(data, Duration.ZERO);

    String id = bed.discord.push(declaration(STRANGER, "Hello", "SEV1"));

    String webhook = "/api/v10/webhooks/" + FakeDiscord.APP_ID + "/token-" + id;
    JsonNode followUp = bed.discord.await(r -> r.is("POST", webhook), WAIT).json();
    assertThat(followUp.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(followUp.path("embeds").get(0).path("description").asText())
        .contains("not in Beacon's list of people");
    bed.discord.await(r -> r.is("DELETE", webhook + "/messages/@original"), WAIT);
    assertThat(bed.beacon().incidents().recent(10)).isEmpty();
  }
}
