package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static dev.beacon.bot.discord.DiscordTestBed.WAIT;
import static dev.beacon.bot.discord.DiscordTestBed.WEI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.timeline.TimelineEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Timeline capture, the real JDA against the fake Discord: a pushpin on a message in an incident's
 * channel puts the message into the timeline, removing it withdraws it, and edits of a captured
 * message (and only of captured ones) are recorded beside the original.
 */
@DisplayName("Discord timeline capture and edits, real JDA against a fake Discord")
class DiscordTimelineCaptureTest {

  /** The id of a message people wrote in an incident channel (the fake serves its text). */
  private static final String PINNED = "1700000000000000001";

  @TempDir Path data;
  private DiscordTestBed bed;
  private FakeDiscord discord;

  /** INC-1's channel, opened before each test; Wei's Discord id maps to the person wei. */
  private String channel;

  @BeforeEach
  void start() throws Exception {
    bed = DiscordTestBed.connected(data);
    discord = bed.discord;
    bed.declare("Payments API down", "SEV3");
    bed.drain();
    channel =
        bed.bot.jda().getTextChannels().stream()
            .filter(c -> c.getName().startsWith("inc-1-"))
            .findFirst()
            .orElseThrow()
            .getId();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  @DisplayName(
      "A pushpin on a message in the incident channel puts it in the timeline; removing it withdraws it")
  void pushpinCapturesAMessage() throws Exception {
    String reaction = pushpin(channel, PINNED);

    discord.dispatch("MESSAGE_REACTION_ADD", reaction);
    List<String> timeline = awaitTimeline("captured message");
    discord.dispatch("MESSAGE_REACTION_REMOVE", reaction);
    List<String> after = awaitTimeline("withdrawn");

    assertThat(timeline)
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("captured message from wei (")
                    .contains(FakeDiscord.PINNED_TEXT)
                    .contains("/channels/" + FakeDiscord.GUILD_ID + "/" + channel + "/" + PINNED));
    assertThat(after).anySatisfy(d -> assertThat(d).startsWith("captured message withdrawn"));
  }

  @Test
  @DisplayName(
      "An edit of a captured message shows in /incident timeline after the original; edits of"
          + " messages never captured do not")
  void editOfACapturedMessageShowsInTheTimeline() throws Exception {
    discord.dispatch("MESSAGE_REACTION_ADD", pushpin(channel, PINNED));
    awaitTimeline("captured message");

    discord.dispatch(
        "MESSAGE_UPDATE", edited(channel, "1700000000000000009", "an uncaptured chat line"));
    discord.dispatch(
        "MESSAGE_UPDATE", edited(channel, PINNED, "db failover started at 10:02, lag 400s"));
    awaitTimeline("edited");
    String timeline =
        bed.answer(
                SlashInteraction.by(ALICE)
                    .command("incident", "timeline")
                    .option("incident", "INC-1"))
            .path("data")
            .path("embeds")
            .get(0)
            .path("description")
            .asText();

    String link = "https://discord.com/channels/" + FakeDiscord.GUILD_ID + "/" + channel + "/";
    assertThat(timeline)
        .contains("alice  captured message from wei (")
        .contains(FakeDiscord.PINNED_TEXT + " " + link + PINNED)
        .contains(
            "wei  captured message edited (2026-11-24T10:05:00Z): db failover started at 10:02,"
                + " lag 400s "
                + link
                + PINNED)
        .doesNotContain("an uncaptured chat line");
  }

  /** Alice's 📌 on {@code message}, as MESSAGE_REACTION_ADD and _REMOVE carry it. */
  private static String pushpin(String channel, String message) {
    return "{\"user_id\":\""
        + ALICE
        + "\",\"channel_id\":\""
        + channel
        + "\",\"message_id\":\""
        + message
        + "\",\"guild_id\":\""
        + FakeDiscord.GUILD_ID
        + "\",\"emoji\":{\"id\":null,\"name\":\"\uD83D\uDCCC\"},\"burst\":false,\"type\":0,"
        + "\"member\":{\"user\":{\"id\":\""
        + ALICE
        + "\",\"username\":\"alice\"},\"roles\":[],"
        + "\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false}}";
  }

  /** Wei's edit of {@code message} at 10:05 UTC, as MESSAGE_UPDATE carries it. */
  private static String edited(String channel, String message, String content) {
    return """
        {"id":"%s","type":0,"channel_id":"%s","guild_id":"%s","content":"%s","tts":false,
         "timestamp":"2026-11-24T09:58:00.000000+00:00",
         "edited_timestamp":"2026-11-24T10:05:00.000000+00:00","mention_everyone":false,
         "author":{"id":"%s","username":"wei.z"},
         "member":{"roles":[],"joined_at":"2026-01-01T00:00:00.000000+00:00","deaf":false,
                   "mute":false},
         "mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"components":[],
         "pinned":false,"flags":0}"""
        .formatted(message, channel, FakeDiscord.GUILD_ID, content, WEI);
  }

  /** INC-1's timeline, described, once an event contains {@code containing} (or after WAIT). */
  private List<String> awaitTimeline(String containing) {
    long until = System.nanoTime() + WAIT.toNanos();
    List<String> described = List.of();
    while (System.nanoTime() < until) {
      described =
          bed.beacon().incidents().timeline(new IncidentId(1)).stream()
              .map(TimelineEvent::describe)
              .toList();
      if (described.stream().anyMatch(d -> d.contains(containing))) {
        return described;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // let the capture thread run
    }
    return described;
  }
}
