package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static dev.beacon.bot.discord.DiscordTestBed.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident channels, the real JDA against the fake Discord: a declaration opens the incident's
 * channel (hidden for a private incident), the channel follows the incident to the archive, a
 * channel deleted by hand is opened again at reconciliation, status updates reach the severity's
 * stakeholder channel, and a full incidents category rolls over to the next.
 */
@DisplayName("Discord incident channels, real JDA against a fake Discord")
class DiscordIncidentChannelsTest {

  private static final String CHANNELS = "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels";

  @TempDir Path data;
  private DiscordTestBed bed;
  private FakeDiscord discord;

  @BeforeEach
  void start() throws Exception {
    bed = DiscordTestBed.connected(data);
    discord = bed.discord;
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  /** Alice types {@code /incident <subcommand> incident:INC-1}; returns once it is answered. */
  private void type(String subcommand) throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE).command("incident", subcommand).option("incident", "INC-1"));
  }

  /** The channels (and categories) Beacon asked Discord to create, in order. */
  private List<JsonNode> created() {
    return discord.requests(r -> r.is("POST", CHANNELS)).stream()
        .map(DiscordRequest::json)
        .toList();
  }

  /** A text channel as CHANNEL_CREATE and CHANNEL_DELETE carry it; {@code parent} may be null. */
  private static String textChannel(String id, String parent, String name, int position) {
    return "{\"id\":\""
        + id
        + "\",\"type\":0,\"guild_id\":\""
        + FakeDiscord.GUILD_ID
        + (parent == null ? "" : "\",\"parent_id\":\"" + parent)
        + "\",\"name\":\""
        + name
        + "\",\"position\":"
        + position
        + ",\"permission_overwrites\":[]}";
  }

  @Test
  @DisplayName(
      "A declaration opens the incident's channel under the category, topic set, card pinned")
  void declarationOpensTheIncidentChannel() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Payments API down — EU 🚨")
            .option("severity", "SEV2")
            .option("service", "payments-api"));
    bed.drain();

    List<JsonNode> created = created();
    assertThat(created).hasSize(2);
    assertThat(created.get(0).path("type").asInt()).as("a category first").isEqualTo(4);
    JsonNode channel = created.get(1);
    assertThat(channel.path("name").asText()).isEqualTo("inc-1-payments-api-down-eu");
    assertThat(channel.path("topic").asText()).startsWith("SEV2 · declared · commander alice");
    assertThat(channel.path("parent_id").asText()).isNotEmpty();
    discord.await(r -> r.is("PUT", "/api/v10/channels/\\d+/(messages/)?pins/\\d+"), WAIT);
    assertThat(
            discord.requests(r -> r.is("POST", "/api/v10/channels/\\d+/messages")).stream()
                .map(r -> r.json().path("embeds").path(0).path("title").asText()))
        .contains("INC-1 is declared");

    boolean posted = bed.bot.rooms().post(new IncidentId(1), "Reminder: a status update is due");
    boolean noRoom = bed.bot.rooms().post(new IncidentId(9), "nowhere");

    assertThat(posted).isTrue();
    assertThat(noRoom).isFalse();
    assertThat(
            discord.requests(r -> r.is("POST", "/api/v10/channels/\\d+/messages")).stream()
                .map(r -> r.json().path("content").asText()))
        .contains("Reminder: a status update is due");

    type("ack");
    bed.drain();
    type("resolve");
    bed.drain();

    assertThat(
            discord.requests(r -> r.is("PATCH", "/api/v10/channels/\\d+/messages/\\d+")).stream()
                .map(r -> r.json().path("embeds").path(0).path("title").asText()))
        .as("the pinned summary follows the incident")
        .contains("INC-1 is acknowledged", "INC-1 is resolved");
    List<JsonNode> channelEdits =
        discord.requests(r -> r.is("PATCH", "/api/v10/channels/\\d+")).stream()
            .map(DiscordRequest::json)
            .toList();
    assertThat(channelEdits.stream().map(j -> j.path("topic").asText()))
        .anySatisfy(t -> assertThat(t).startsWith("SEV2 · acknowledged · commander alice"));
    JsonNode archived =
        channelEdits.stream().filter(j -> j.has("parent_id")).reduce((a, b) -> b).orElseThrow();
    assertThat(archived.path("parent_id").asText())
        .as("moved out of the incidents category")
        .isNotEqualTo(channel.path("parent_id").asText());
    assertThat(
            FakeDiscord.override(discord.channel("inc-1-"), FakeDiscord.GUILD_ID)
                    .path("deny")
                    .asLong()
                & 2048L)
        .as("nobody may send messages in an archived room")
        .isEqualTo(2048L);
  }

  @Test
  @DisplayName(
      "A private incident's channel is hidden from all but Beacon, responders and its roles")
  void privateIncidentChannelIsRestricted() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Suspected data leak")
            .option("severity", "SEV1")
            .option("private", true));
    bed.drain();

    JsonNode channel =
        created().stream().filter(j -> j.path("type").asInt() == 0).findFirst().orElseThrow();
    Map<String, JsonNode> overrides = new HashMap<>();
    channel.path("permission_overwrites").forEach(o -> overrides.put(o.path("id").asText(), o));
    assertThat(overrides.get(FakeDiscord.GUILD_ID).path("deny").asLong() & 1024L)
        .as("@everyone may not view")
        .isEqualTo(1024L);
    assertThat(overrides.get(FakeDiscord.BOT_ID).path("allow").asLong() & 1024L)
        .as("Beacon keeps access")
        .isEqualTo(1024L);
    assertThat(overrides.get(ALICE).path("allow").asLong() & 1024L)
        .as("the commander sees it")
        .isEqualTo(1024L);
  }

  @Test
  @DisplayName("A channel deleted by hand is noticed at reconnect and opened again, with a note")
  void deletedChannelIsReopenedOnReconcile() throws Exception {
    bed.declare("Payments API down", "SEV2");
    bed.drain();
    JsonNode channel =
        discord
            .await(r -> r.is("POST", CHANNELS) && r.json().path("type").asInt() == 0, WAIT)
            .json();
    String name = channel.path("name").asText();
    // A person deletes the channel: Discord tells the bot over the gateway.
    String channelId = bed.bot.jda().getTextChannelsByName(name, false).get(0).getId();
    discord.dispatch("CHANNEL_DELETE", textChannel(channelId, null, name, 1));
    List<IncidentId> reopened = List.of();
    long until = System.nanoTime() + WAIT.toNanos();
    while (reopened.isEmpty() && System.nanoTime() < until) {
      reopened = bed.bot.rooms().reconcile(List.of(new IncidentId(1)));
    }

    assertThat(reopened).containsExactly(new IncidentId(1));
    assertThat(
            discord.requests(
                r ->
                    r.is("POST", "/api/v10/guilds/\\d+/channels")
                        && r.json().path("name").asText().equals(name)))
        .hasSize(2);
    assertThat(
            discord.requests(r -> r.is("POST", "/api/v10/channels/\\d+/messages")).stream()
                .map(r -> r.json().path("content").asText()))
        .contains("This channel had been deleted; Beacon opened it again. The record is intact.");
  }

  @Test
  @DisplayName("A status update is mirrored to the severity's stakeholder channel")
  void statusUpdateIsBroadcastToStakeholders() throws Exception {
    discord.dispatch("CHANNEL_CREATE", textChannel("1300000000000000002", null, "stakeholders", 2));
    bed.declare("Payments API down", "SEV2");

    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "update")
            .option("incident", "INC-1")
            .option("status", "Rolling back release 42")
            .option("next", "Next update 10:30 UTC"));
    bed.drain();

    DiscordRequest broadcast =
        discord.await(r -> r.is("POST", "/api/v10/channels/1300000000000000002/messages"), WAIT);
    assertThat(broadcast.json().path("content").asText())
        .isEqualTo(
            "INC-1 [SEV2] Payments API down (declared): Rolling back release 42 | next: Next update"
                + " 10:30 UTC");
  }

  @Test
  @DisplayName("A post about no incident (an alert rule's, the digest) lands in its named channel")
  void postToANamedChannel() throws Exception {
    discord.dispatch("CHANNEL_CREATE", textChannel("1300000000000000003", null, "ops-alerts", 2));
    bed.beacon()
        .store()
        .transact(
            tx ->
                tx.enqueue(
                    dev.beacon.core.outbox.OutboxMessage.about(
                        "alert-notice:1",
                        "alert-notice:1/c0/firing",
                        dev.beacon.core.outbox.OutboxMessage.Kind.NOTICE,
                        "#ops-alerts",
                        "FIRING · SEV4 · Disk 91% full on db-2 (alertmanager)",
                        bed.clock.instant())));
    bed.drain();

    DiscordRequest post =
        discord.await(r -> r.is("POST", "/api/v10/channels/1300000000000000003/messages"), WAIT);
    assertThat(post.json().path("content").asText())
        .isEqualTo("FIRING · SEV4 · Disk 91% full on db-2 (alertmanager)");
    assertThat(bed.beacon().store().unsentMessages(10)).as("marked sent").isEmpty();
  }

  @Test
  @DisplayName("A full incidents category (50 channels) rolls over to the next one")
  void fullCategoryRollsOver() throws Exception {
    bed.declare("First incident", "SEV3");
    bed.drain();
    String category = bed.bot.jda().getCategoriesByName("Incidents", true).get(0).getId();
    for (int i = 0; i < 49; i++) {
      String id = "13100000000000000" + String.format("%02d", i);
      discord.dispatch("CHANNEL_CREATE", textChannel(id, category, "other-" + i, 3));
    }
    dev.beacon.bot.testing.Eventually.until(
        "JDA to see 50 channels in the category",
        WAIT,
        () -> bed.bot.jda().getCategoryById(category).getChannels().size() >= 50);

    bed.declare("Second incident", "SEV3");
    bed.drain();

    List<JsonNode> created = created();
    assertThat(
            created.stream()
                .filter(j -> j.path("type").asInt() == 4)
                .map(j -> j.path("name").asText()))
        .containsExactly("Incidents", "Incidents 2");
    assertThat(created.get(created.size() - 1).path("name").asText()).startsWith("inc-2-");
    assertThat(created.get(created.size() - 1).path("parent_id").asText()).isNotEqualTo(category);
  }
}
