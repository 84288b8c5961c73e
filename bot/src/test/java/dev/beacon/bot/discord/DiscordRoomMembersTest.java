package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.FakeRoles;
import dev.beacon.bot.discord.fake.SlashInteraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who is in an incident's channel: the people taking part are added (a member override each, and a
 * mention so Discord notifies them), newcomers as they join or get a role; stakeholders may read.
 */
@DisplayName("People added to incident channels, real JDA against a fake Discord")
class DiscordRoomMembersTest {

  private static final String WEI = "100000000000000002";
  private static final String LI = "100000000000000003";
  private static final String PRIYA = "100000000000000004"; // on call in Pune, paged at declare
  private static final String CHANNELS = "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels";

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

  private List<String> posted() {
    return bed.discord.requests(r -> r.is("POST", "/api/v10/channels/\\d+/messages")).stream()
        .map(r -> r.json().path("content").asText())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  @Test
  @DisplayName("The declarer is added and mentioned; people who join or get a role follow, once")
  void participantsAreAddedAsTheyCome() throws Exception {
    bed.declare("Card payments failing", "SEV3");
    bed.drain();

    bed.answer(SlashInteraction.by(WEI).command("incident", "join").option("incident", "INC-1"));
    bed.drain();
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "role")
            .option("incident", "INC-1")
            .option("role", "scribe")
            .option("person", "li"));
    bed.drain();
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "note")
            .option("incident", "INC-1")
            .option("text", "failover started"));
    bed.drain();

    assertThat(posted())
        .containsSubsequence(
            "Taking part: <@" + ALICE + "> (alice), <@" + PRIYA + "> (priya)",
            "Added to this channel: <@" + WEI + "> (wei)",
            "Added to this channel: <@" + LI + "> (li)");
    assertThat(posted()).filteredOn(t -> t.contains("<@" + ALICE + ">")).hasSize(1);
    DiscordRequest mention =
        bed.discord.await(
            r ->
                r.is("POST", "/api/v10/channels/\\d+/messages")
                    && r.json()
                        .path("content")
                        .asText()
                        .startsWith("Added to this channel: <@" + WEI),
            DiscordTestBed.WAIT);
    assertThat(mention.json().path("allowed_mentions").path("parse").toString())
        .as("only the people named are pinged, never @everyone or roles")
        .isEqualTo("[\"users\"]");
  }

  @Test
  @DisplayName("A private channel is opened to each person taking part, and to nobody else")
  void privateChannelOpensToParticipants() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Suspected data leak")
            .option("severity", "SEV3")
            .option("private", true));
    bed.drain();
    bed.answer(SlashInteraction.by(WEI).command("incident", "join").option("incident", "INC-1"));
    bed.drain();

    JsonNode channel = bed.discord.channel("inc-1-");
    for (String member : List.of(ALICE, WEI)) {
      assertThat(FakeDiscord.override(channel, member).path("allow").asLong() & 1024L)
          .as(member + " may see it")
          .isEqualTo(1024L);
    }
    assertThat(FakeDiscord.override(channel, FakeDiscord.GUILD_ID).path("deny").asLong() & 1024L)
        .as("hidden from everyone else")
        .isEqualTo(1024L);
    assertThat(FakeDiscord.override(channel, FakeRoles.STAKEHOLDER))
        .as("stakeholders are not let in")
        .isNull();
    assertThat(FakeDiscord.override(channel, LI)).isNull();
  }

  @Test
  @DisplayName("A public channel lets the stakeholder, responder and commander roles read it")
  void stakeholdersMayReadPublicChannels() throws Exception {
    bed.declare("Card payments failing", "SEV3");
    bed.drain();

    JsonNode created =
        bed.discord
            .await(
                r -> r.is("POST", CHANNELS) && r.json().path("type").asInt() == 0,
                DiscordTestBed.WAIT)
            .json();
    List<String> rolesAllowedToView = new ArrayList<>();
    for (JsonNode o : created.path("permission_overwrites")) {
      if (o.path("type").asInt() == 0 && (o.path("allow").asLong() & 1024L) == 1024L) {
        rolesAllowedToView.add(o.path("id").asText());
      }
    }
    assertThat(rolesAllowedToView)
        .containsExactlyInAnyOrder(FakeRoles.STAKEHOLDER, FakeRoles.RESPONDER, FakeRoles.COMMANDER);
  }
}
