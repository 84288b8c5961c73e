package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordPayloads.buttons;
import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static dev.beacon.bot.discord.DiscordTestBed.WAIT;
import static dev.beacon.bot.discord.DiscordTestBed.WEI;
import static dev.beacon.bot.discord.DiscordTestBed.callbackFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.ButtonClick;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.outbox.OutboxMessage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buttons on the real JDA against the fake Discord: a click acts as the person who clicked
 * (Acknowledge, Join), a forged button id is refused, and a page arrives as a direct message
 * carrying the buttons to answer it.
 */
@DisplayName("Discord buttons and page DMs, real JDA against a fake Discord")
class DiscordButtonsAndPagesTest {

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

  /** Pushes {@code click} and waits for Beacon's answer; returns the answer's message. */
  private JsonNode answer(ButtonClick click) throws Exception {
    String id = bed.discord.push(click);
    return bed.discord.await(callbackFor(id), WAIT).json().path("data");
  }

  @Test
  @DisplayName(
      "Clicking Acknowledge acknowledges as the person who clicked; a forged id is refused")
  void buttonClickAcknowledges() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Payments API down")
            .option("severity", "SEV2")
            .option("service", "payments-api"));

    String forged = bed.discord.push(ButtonClick.by(ALICE).on("b1:ack:INC-1:please"));
    String click = bed.discord.push(ButtonClick.by(ALICE).on("b1:ack:INC-1"));

    JsonNode refused = bed.discord.await(callbackFor(forged), WAIT).json().path("data");
    JsonNode acked = bed.discord.await(callbackFor(click), WAIT).json().path("data");
    assertThat(refused.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(refused.path("embeds").get(0).path("description").asText()).contains("malformed");
    assertThat(acked.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 acknowledged by alice");
    assertThat(bed.beacon().incidents().get(new IncidentId(1)).status())
        .isEqualTo(Status.ACKNOWLEDGED);
  }

  @Test
  @DisplayName(
      "Clicking Join records the person who clicked as a responder; a second click does not")
  void buttonClickJoins() throws Exception {
    bed.declare("Payments API down", "SEV3");

    JsonNode joined = answer(ButtonClick.by(WEI).on("b1:join:INC-1"));
    JsonNode again = answer(ButtonClick.by(WEI).on("b1:join:INC-1"));

    assertThat(joined.path("embeds").get(0).path("title").asText())
        .isEqualTo("wei joined INC-1 as a responder");
    assertThat(again.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(again.path("embeds").get(0).path("title").asText())
        .isEqualTo("You already take part in INC-1");
    assertThat(bed.beacon().incidents().timeline(new IncidentId(1)))
        .filteredOn(e -> e.kind().equals("joined"))
        .extracting(e -> e.actor().id())
        .containsExactly("wei");
  }

  @Test
  @DisplayName(
      "A page to a person with a Discord id arrives as a DM with Acknowledge, Escalate and Join")
  void pageArrivesAsDirectMessageWithButtons() throws Exception {
    // The delivery under test, over the bed's connection (DiscordBot keeps its own inside).
    DiscordChat chat = new DiscordChat(bed.bot::jda, Map.of("wei", WEI));
    bed.beacon()
        .incidents()
        .declare(Declaration.of("Payments API down", Severity.SEV2), Actor.person("alice"));

    chat.deliver(
        new OutboxMessage(
            "INC-1/c0/L1/R0/wei",
            new IncidentId(1),
            OutboxMessage.Kind.PAGE,
            "wei",
            "Page: INC-1 SEV2 Payments API down",
            bed.clock.instant()));

    DiscordRequest opened =
        bed.discord.await(r -> r.is("POST", "/api/v10/users/@me/channels"), WAIT);
    DiscordRequest sent =
        bed.discord.await(
            r -> r.is("POST", "/api/v10/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"),
            WAIT);
    assertThat(opened.json().path("recipient_id").asText()).isEqualTo("100000000000000002");
    assertThat(sent.json().path("content").asText())
        .isEqualTo("Page: INC-1 SEV2 Payments API down");
    assertThat(
            buttons(sent.json())
                .map(b -> b.path("label").asText() + " " + b.path("custom_id").asText()))
        .containsExactly("Acknowledge b1:ack:INC-1", "Escalate b1:esc:INC-1", "Join b1:join:INC-1");
  }
}
