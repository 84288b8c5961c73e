package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incident channel's life after resolve: archived, reopened, deleted after the retention. */
@DisplayName("Incident channels after resolve, real JDA against a fake Discord")
class DiscordChannelLifecycleTest {

  private static final String CHANNELS = "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels";

  @TempDir Path data;
  private DiscordTestBed bed;

  @AfterEach
  void stop() {
    if (bed != null) {
      bed.close();
    }
  }

  private void type(String subcommand, String incident) throws Exception {
    JsonNode answer =
        bed.answer(
            SlashInteraction.by(ALICE)
                .command("incident", subcommand)
                .option("incident", incident));
    assertThat(answer.path("data").path("flags").asInt() & 64)
        .as("not refused: " + answer)
        .isZero();
    bed.drain();
  }

  private void declare(String title, boolean privately) throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", title)
            .option("severity", "SEV3")
            .option("private", privately));
    bed.drain();
  }

  @Test
  @DisplayName(
      "Archived channels are deleted once the retention has passed since resolve, no sooner")
  void deletedAfterRetention() throws Exception {
    bed = DiscordTestBed.connected(data, "\n  channelRetention: 30d");
    declare("Card payments failing", false);
    declare("Ledger lagging", false);
    type("resolve", "INC-1");
    bed.clock.advance(Duration.ofDays(1));
    type("resolve", "INC-2");

    bed.clock.advance(Duration.ofDays(29).minusMinutes(1));
    List<IncidentId> early = bed.bot.deleteExpiredRooms();
    bed.clock.advance(Duration.ofMinutes(2));
    List<IncidentId> due = bed.bot.deleteExpiredRooms();
    List<IncidentId> again = bed.bot.deleteExpiredRooms();

    assertThat(early).isEmpty();
    assertThat(due).containsExactly(new IncidentId(1));
    assertThat(again).as("nothing twice").isEmpty();
    List<DiscordRequest> deletes =
        bed.discord.requests(r -> r.is("DELETE", "/api/v10/channels/\\d+"));
    assertThat(deletes).hasSize(1);
    assertThat(bed.beacon().incidents().timeline(new IncidentId(1)))
        .as("the record stays in the store")
        .isNotEmpty();
  }

  @Test
  @DisplayName(
      "Near Discord's 500-channel limit the oldest archived room makes way; open ones stay")
  void oldestArchivedRoomMakesWayNearTheChannelLimit() throws Exception {
    bed = DiscordTestBed.connected(data);
    declare("Card payments failing", false);
    declare("Ledger lagging", false);
    declare("Batch late", false);
    type("resolve", "INC-1");
    type("resolve", "INC-3");
    var guild = bed.bot.jda().getGuildById(FakeDiscord.GUILD_ID);
    int fillers = DiscordRooms.GUILD_CHANNEL_BUDGET - guild.getChannels().size();
    for (int i = 0; i < fillers; i++) {
      bed.discord.dispatch(
          "CHANNEL_CREATE",
          "{\"id\":\"1310000000000%06d\",\"type\":0,\"guild_id\":\"%s\",\"name\":\"team-%d\",\"position\":9,\"permission_overwrites\":[]}"
              .formatted(i, FakeDiscord.GUILD_ID, i));
    }
    dev.beacon.bot.testing.Eventually.until(
        "JDA to see the filler channels",
        DiscordTestBed.WAIT,
        () -> guild.getChannels().size() >= DiscordRooms.GUILD_CHANNEL_BUDGET);

    declare("Settlement stuck", false);

    assertThat(bed.discord.channel("inc-1-")).as("oldest archived room deleted").isNull();
    assertThat(bed.discord.channel("inc-3-")).as("one was enough").isNotNull();
    assertThat(bed.discord.channel("inc-2-")).as("open rooms are never deleted").isNotNull();
    assertThat(bed.discord.channel("inc-4-")).as("the new room opened").isNotNull();
    assertThat(bed.beacon().incidents().timeline(new IncidentId(1))).isNotEmpty();
  }

  @Test
  @DisplayName("Without a retention nothing is deleted, however old")
  void keptWithoutRetention() throws Exception {
    bed = DiscordTestBed.connected(data);
    declare("Card payments failing", false);
    type("resolve", "INC-1");
    bed.clock.advance(Duration.ofDays(3650));

    assertThat(bed.bot.deleteExpiredRooms()).isEmpty();
    assertThat(bed.discord.requests(r -> r.is("DELETE", "/api/v10/channels/\\d+"))).isEmpty();
  }

  @Test
  @DisplayName("Reopening moves the archived channel back and lets people write again")
  void reopenedChannelComesBack() throws Exception {
    bed = DiscordTestBed.connected(data);
    declare("Card payments failing", false);
    type("resolve", "INC-1");
    JsonNode archived = bed.discord.channel("inc-1-");

    type("reopen", "INC-1");

    JsonNode reopened = bed.discord.channel("inc-1-");
    assertThat(archived.path("parent_id").asText())
        .isEqualTo(bed.discord.categoryId("Incident Archive"));
    assertThat(FakeDiscord.override(archived, FakeDiscord.GUILD_ID).path("deny").asLong() & 2048L)
        .as("archived: nobody may send")
        .isEqualTo(2048L);
    assertThat(reopened.path("parent_id").asText()).isEqualTo(bed.discord.categoryId("Incidents"));
    assertThat(FakeDiscord.override(reopened, FakeDiscord.GUILD_ID))
        .as("reopened: no @everyone override denying anything")
        .isNull();
  }

  @Test
  @DisplayName(
      "A private incident's channel stays hidden when archived, and its people keep access")
  void privateChannelStaysHiddenInTheArchive() throws Exception {
    bed = DiscordTestBed.connected(data);
    declare("Suspected data leak", true);
    type("resolve", "INC-1");

    JsonNode archived = bed.discord.channel("inc-1-");
    assertThat(archived.path("parent_id").asText())
        .isEqualTo(bed.discord.categoryId("Incident Archive"));
    long deny = FakeDiscord.override(archived, FakeDiscord.GUILD_ID).path("deny").asLong();
    assertThat(deny & 1024L).as("view channel denied").isEqualTo(1024L);
    assertThat(deny & 2048L).as("send messages denied").isEqualTo(2048L);
    assertThat(FakeDiscord.override(archived, FakeDiscord.BOT_ID))
        .as("Beacon keeps its own access")
        .isNotNull();
    assertThat(FakeDiscord.override(archived, ALICE).path("allow").asLong() & 1024L)
        .as("the commander keeps seeing it")
        .isEqualTo(1024L);
  }
}
