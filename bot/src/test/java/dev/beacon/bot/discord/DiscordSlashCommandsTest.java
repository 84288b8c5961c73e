package dev.beacon.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.ButtonClick;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.Secret;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA against a fake Discord on loopback: Beacon registers its slash commands, runs the
 * ones people type and answers with embeds. Assertions are on what the fake received.
 */
@DisplayName("Discord slash commands, real JDA against a fake Discord")
class DiscordSlashCommandsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  /** Answers directly however slow the machine: the fake has no 3-second deadline. */
  private static final Duration NO_DEFERRAL = Duration.ofMinutes(1);

  private static final String ALICE = "100000000000000001";
  private static final String WEI = "100000000000000002";
  private static final String STRANGER = "199999999999999999";

  /** The id of a message people wrote in an incident channel (the fake serves its text). */
  private static final String PINNED = "1700000000000000001";

  private static final String COMMANDS_PUT =
      "/api/v10/applications/"
          + FakeDiscord.APP_ID
          + "/guilds/"
          + FakeDiscord.GUILD_ID
          + "/commands";

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  private final List<AutoCloseable> open = new ArrayList<>();
  private FakeDiscord discord;
  private BeaconConfig config;
  private Beacon beacon;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    String yaml =
        Files.readString(Path.of("../docs/examples/demo-fast.yaml"))
            .replaceFirst(
                "(?m)^  # guild: .*$",
                "  guild: \""
                    + FakeDiscord.GUILD_ID
                    + "\"\n  apiBaseUrl: "
                    + discord.apiBaseUrl()
                    + "\n  gatewayUrl: "
                    + discord.gatewayUrl());
    config = ConfigLoader.load("discord-test.yaml", yaml);
    beacon = Beacon.open(config, data, clock, chat -> {});
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    beacon.close();
    discord.close();
  }

  private DiscordConnection connect(Duration deferAfter) {
    InteractionHandler handler =
        new InteractionHandler(beacon.commands(), DiscordPeople.from(config.people()), deferAfter);
    DiscordConnection c =
        DiscordConnection.connect(
            config.discord().orElseThrow(),
            new Secret("test-token"),
            beacon.commands(),
            handler,
            WAIT);
    open.add(c);
    return c;
  }

  private static Predicate<DiscordRequest> callbackFor(String interaction) {
    return r -> r.is("POST", "/api/v10/interactions/" + interaction + "/[^/]+/callback");
  }

  private static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("name").asText())
        .toList();
  }

  @Test
  @DisplayName(
      "Start-up registers /incident, /oncall and /help in the guild, the same list each time")
  void registersItsCommandsInTheGuildAtStartUpIdempotently() throws Exception {
    connect(InteractionHandler.DEFAULT_DEFER_AFTER).close();
    connect(InteractionHandler.DEFAULT_DEFER_AFTER);

    discord.await(r -> discord.requests(c -> c.is("PUT", COMMANDS_PUT)).size() == 2, WAIT);
    List<DiscordRequest> puts = discord.requests(r -> r.is("PUT", COMMANDS_PUT));
    JsonNode commands = puts.get(0).json();
    assertThat(names(commands)).containsExactly("incident", "oncall", "help");
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
      "A configured user declares: a public incident card with Acknowledge, Escalate, Resolve and"
          + " Join buttons")
  void configuredUserDeclaresAndGetsThePublicIncidentCard() throws Exception {
    connect(NO_DEFERRAL);

    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Payments API down")
                .option("severity", "SEV2")
                .option("service", "payments-api"));

    JsonNode callback = discord.await(callbackFor(id), WAIT).json();
    assertThat(callback.path("type").asInt()).as("a direct reply").isEqualTo(4);
    JsonNode message = callback.path("data");
    assertThat(message.path("flags").asInt() & 64).as("public").isZero();
    assertThat(message.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 declared by alice");
    JsonNode buttons = message.path("components").get(0).path("components");
    assertThat(
            StreamSupport.stream(buttons.spliterator(), false).map(b -> b.path("label").asText()))
        .containsExactly("Acknowledge", "Escalate", "Resolve", "Join");
    assertThat(
            StreamSupport.stream(buttons.spliterator(), false)
                .map(b -> b.path("custom_id").asText()))
        .containsExactly("b1:ack:INC-1", "b1:esc:INC-1", "b1:res:INC-1", "b1:join:INC-1");
    assertThat(beacon.incidents().get(new IncidentId(1)).title()).isEqualTo("Payments API down");
  }

  @Test
  @DisplayName("Deferred at once: the card is edited into the deferred reply")
  void deferredDeclarationIsAnsweredByEditingTheOriginal() throws Exception {
    connect(Duration.ZERO);

    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Ledger lag")
                .option("severity", "SEV3"));

    JsonNode callback = discord.await(callbackFor(id), WAIT).json();
    assertThat(callback.path("type").asInt()).as("deferred").isEqualTo(5);
    assertThat(callback.path("data").path("flags").asInt() & 64).as("public").isZero();
    JsonNode edit =
        discord
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
    connect(NO_DEFERRAL);

    String id =
        discord.push(
            SlashInteraction.by(STRANGER)
                .command("incident", "declare")
                .option("title", "Hello")
                .option("severity", "SEV1"));

    JsonNode message = discord.await(callbackFor(id), WAIT).json().path("data");
    assertThat(message.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(message.path("embeds").get(0).path("description").asText())
        .contains("discord:" + STRANGER)
        .contains("not in Beacon's list of people");
    assertThat(beacon.incidents().recent(10)).isEmpty();
  }

  @Test
  @DisplayName("Deferred at once: a refusal is an ephemeral follow-up; the public deferral goes")
  void refusalAfterPublicDeferralIsAnEphemeralFollowUp() throws Exception {
    connect(Duration.ZERO);

    String id =
        discord.push(
            SlashInteraction.by(STRANGER)
                .command("incident", "declare")
                .option("title", "Hello")
                .option("severity", "SEV1"));

    String webhook = "/api/v10/webhooks/" + FakeDiscord.APP_ID + "/token-" + id;
    JsonNode followUp = discord.await(r -> r.is("POST", webhook), WAIT).json();
    assertThat(followUp.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(followUp.path("embeds").get(0).path("description").asText())
        .contains("not in Beacon's list of people");
    discord.await(r -> r.is("DELETE", webhook + "/messages/@original"), WAIT);
    assertThat(beacon.incidents().recent(10)).isEmpty();
  }

  @Test
  @DisplayName(
      "Clicking Acknowledge acknowledges as the person who clicked; a forged id is refused")
  void buttonClickAcknowledges() throws Exception {
    connect(NO_DEFERRAL);
    String declared =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Payments API down")
                .option("severity", "SEV2")
                .option("service", "payments-api"));
    discord.await(callbackFor(declared), WAIT);

    String forged = discord.push(ButtonClick.by(ALICE).on("b1:ack:INC-1:please"));
    String click = discord.push(ButtonClick.by(ALICE).on("b1:ack:INC-1"));

    JsonNode refused = discord.await(callbackFor(forged), WAIT).json().path("data");
    JsonNode acked = discord.await(callbackFor(click), WAIT).json().path("data");
    assertThat(refused.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(refused.path("embeds").get(0).path("description").asText()).contains("malformed");
    assertThat(acked.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 acknowledged by alice");
    assertThat(beacon.incidents().get(new IncidentId(1)).status())
        .isEqualTo(dev.beacon.core.incident.Status.ACKNOWLEDGED);
  }

  @Test
  @DisplayName(
      "Clicking Join records the person who clicked as a responder; a second click does not")
  void buttonClickJoins() throws Exception {
    connect(NO_DEFERRAL);
    declare("Payments API down");

    String first = discord.push(ButtonClick.by(WEI).on("b1:join:INC-1"));
    JsonNode joined = discord.await(callbackFor(first), WAIT).json().path("data");
    String second = discord.push(ButtonClick.by(WEI).on("b1:join:INC-1"));
    JsonNode again = discord.await(callbackFor(second), WAIT).json().path("data");

    assertThat(joined.path("embeds").get(0).path("title").asText())
        .isEqualTo("wei joined INC-1 as a responder");
    assertThat(again.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(again.path("embeds").get(0).path("title").asText())
        .isEqualTo("You already take part in INC-1");
    assertThat(beacon.incidents().timeline(new IncidentId(1)))
        .filteredOn(e -> e.kind().equals("joined"))
        .extracting(e -> e.actor().id())
        .containsExactly("wei");
  }

  @Test
  @DisplayName(
      "A page to a person with a Discord id arrives as a DM with Acknowledge, Escalate and Join")
  void pageArrivesAsDirectMessageWithButtons() throws Exception {
    DiscordConnection connection = connect(NO_DEFERRAL);
    DiscordChat chat =
        new DiscordChat(connection::jda, java.util.Map.of("wei", "100000000000000002"));
    beacon
        .incidents()
        .declare(
            dev.beacon.core.incident.Declaration.of(
                "Payments API down", dev.beacon.core.incident.Severity.SEV2),
            dev.beacon.core.incident.Actor.person("alice"));

    chat.deliver(
        new dev.beacon.core.outbox.OutboxMessage(
            "INC-1/c0/L1/R0/wei",
            new IncidentId(1),
            dev.beacon.core.outbox.OutboxMessage.Kind.PAGE,
            "wei",
            "Page: INC-1 SEV2 Payments API down",
            clock.instant()));

    DiscordRequest opened = discord.await(r -> r.is("POST", "/api/v10/users/@me/channels"), WAIT);
    DiscordRequest sent =
        discord.await(
            r -> r.is("POST", "/api/v10/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"),
            WAIT);
    assertThat(opened.json().path("recipient_id").asText()).isEqualTo("100000000000000002");
    assertThat(sent.json().path("content").asText())
        .isEqualTo("Page: INC-1 SEV2 Payments API down");
    JsonNode buttons = sent.json().path("components").get(0).path("components");
    assertThat(
            StreamSupport.stream(buttons.spliterator(), false)
                .map(b -> b.path("label").asText() + " " + b.path("custom_id").asText()))
        .containsExactly("Acknowledge b1:ack:INC-1", "Escalate b1:esc:INC-1", "Join b1:join:INC-1");
  }

  /** A second Beacon whose chat delivery opens Discord rooms, connected to the fake. */
  private record Rooms(Beacon beacon, DiscordRooms rooms) {}

  private Rooms withRooms(String dir) {
    java.util.concurrent.atomic.AtomicReference<net.dv8tion.jda.api.JDA> jda =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicReference<Beacon> ref =
        new java.util.concurrent.atomic.AtomicReference<>();
    DiscordRooms rooms =
        new DiscordRooms(
            jda::get,
            config.discord().orElseThrow(),
            id -> ref.get().incidents().find(id),
            id ->
                ref.get()
                    .commands()
                    .dispatchLine(
                        dev.beacon.core.incident.Actor.BEACON, "", "/incident show " + id),
            java.util.Map.of("alice", ALICE),
            severity -> config.severity(severity).stakeholderChannel(),
            id -> java.util.List.of());
    Beacon withRooms =
        Beacon.open(
            config,
            data.resolve(dir),
            clock,
            new DiscordChat(jda::get, java.util.Map.of(), java.util.Optional.of(rooms)));
    ref.set(withRooms);
    open.add(withRooms);
    InteractionHandler handler =
        new InteractionHandler(
            withRooms.commands(), DiscordPeople.from(config.people()), NO_DEFERRAL);
    DiscordConnection c =
        DiscordConnection.connect(
            config.discord().orElseThrow(),
            new Secret("test-token"),
            withRooms.commands(),
            handler,
            WAIT);
    open.add(c);
    jda.set(c.jda());

    return new Rooms(withRooms, rooms);
  }

  @Test
  @DisplayName(
      "A declaration opens the incident's channel under the category, topic set, card pinned")
  void declarationOpensTheIncidentChannel() throws Exception {
    Rooms rig = withRooms("rooms");
    Beacon withRooms = rig.beacon();
    DiscordRooms rooms = rig.rooms();
    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Payments API down — EU 🚨")
                .option("severity", "SEV2")
                .option("service", "payments-api"));
    discord.await(callbackFor(id), WAIT);
    withRooms.outbox().drainNow();
    withRooms.outbox().drainNow();

    List<DiscordRequest> created =
        discord.requests(
            r -> r.is("POST", "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels"));
    assertThat(created).hasSize(2);
    assertThat(created.get(0).json().path("type").asInt()).as("a category first").isEqualTo(4);
    JsonNode channel = created.get(1).json();
    assertThat(channel.path("name").asText()).isEqualTo("inc-1-payments-api-down-eu");
    assertThat(channel.path("topic").asText()).startsWith("SEV2 · declared · commander alice");
    assertThat(channel.path("parent_id").asText()).isNotEmpty();
    discord.await(r -> r.is("PUT", "/api/v10/channels/\\d+/(messages/)?pins/\\d+"), WAIT);
    assertThat(
            discord.requests(r -> r.is("POST", "/api/v10/channels/\\d+/messages")).stream()
                .map(r -> r.json().path("embeds").path(0).path("title").asText()))
        .contains("INC-1 is declared");

    boolean posted = rooms.post(new IncidentId(1), "Reminder: a status update is due");
    boolean noRoom = rooms.post(new IncidentId(9), "nowhere");

    assertThat(posted).isTrue();
    assertThat(noRoom).isFalse();
    assertThat(
            discord.requests(r -> r.is("POST", "/api/v10/channels/\\d+/messages")).stream()
                .map(r -> r.json().path("content").asText()))
        .contains("Reminder: a status update is due");

    String ack =
        discord.push(
            SlashInteraction.by(ALICE).command("incident", "ack").option("incident", "INC-1"));
    discord.await(callbackFor(ack), WAIT);
    withRooms.outbox().drainNow();
    String resolve =
        discord.push(
            SlashInteraction.by(ALICE).command("incident", "resolve").option("incident", "INC-1"));
    discord.await(callbackFor(resolve), WAIT);
    withRooms.outbox().drainNow();

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
    JsonNode everyone = FakeDiscord.override(discord.channel("inc-1-"), FakeDiscord.GUILD_ID);
    assertThat(everyone.path("deny").asLong() & 2048L)
        .as("nobody may send messages in an archived room")
        .isEqualTo(2048L);
  }

  @Test
  @DisplayName(
      "A private incident's channel is hidden from all but Beacon, responders and its roles")
  void privateIncidentChannelIsRestricted() throws Exception {
    Rooms rig = withRooms("private");

    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Suspected data leak")
                .option("severity", "SEV1")
                .option("private", true));
    discord.await(callbackFor(id), WAIT);
    rig.beacon().outbox().drainNow();

    JsonNode channel =
        discord
            .requests(r -> r.is("POST", "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels"))
            .stream()
            .map(DiscordRequest::json)
            .filter(j -> j.path("type").asInt() == 0)
            .findFirst()
            .orElseThrow();
    java.util.Map<String, JsonNode> overrides = new java.util.HashMap<>();
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
    Rooms rig = withRooms("reconcile");
    declare("Payments API down", "SEV2");
    rig.beacon().outbox().drainNow();
    JsonNode created =
        discord
            .await(
                r ->
                    r.is("POST", "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels")
                        && r.json().path("type").asInt() == 0,
                WAIT)
            .json();
    String name = created.path("name").asText();
    // A person deletes the channel: Discord tells the bot over the gateway.
    String channelId = findChannelId(name);
    discord.dispatch(
        "CHANNEL_DELETE",
        "{\"id\":\""
            + channelId
            + "\",\"type\":0,\"guild_id\":\""
            + FakeDiscord.GUILD_ID
            + "\",\"name\":\""
            + name
            + "\",\"position\":1,\"permission_overwrites\":[]}");
    List<IncidentId> reopened = List.of();
    long until = System.nanoTime() + WAIT.toNanos();
    while (reopened.isEmpty() && System.nanoTime() < until) {
      reopened = rig.rooms().reconcile(List.of(new IncidentId(1)));
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
    Rooms rig = withRooms("broadcast");
    discord.dispatch(
        "CHANNEL_CREATE",
        "{\"id\":\"1300000000000000002\",\"type\":0,\"guild_id\":\""
            + FakeDiscord.GUILD_ID
            + "\",\"name\":\"stakeholders\",\"position\":2,\"permission_overwrites\":[]}");
    declare("Payments API down", "SEV2");

    String update =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "update")
                .option("incident", "INC-1")
                .option("status", "Rolling back release 42")
                .option("next", "Next update 10:30 UTC"));
    discord.await(callbackFor(update), WAIT);
    rig.beacon().outbox().drainNow();

    DiscordRequest broadcast =
        discord.await(r -> r.is("POST", "/api/v10/channels/1300000000000000002/messages"), WAIT);
    assertThat(broadcast.json().path("content").asText())
        .isEqualTo(
            "INC-1 [SEV2] Payments API down (declared): Rolling back release 42 | next: Next update"
                + " 10:30 UTC");
  }

  @Test
  @DisplayName("A full incidents category (50 channels) rolls over to the next one")
  void fullCategoryRollsOver() throws Exception {
    Rooms rig = withRooms("rollover");
    declare("First incident");
    rig.beacon().outbox().drainNow();
    String category = connectionsJda().getCategoriesByName("Incidents", true).get(0).getId();
    for (int i = 0; i < 49; i++) {
      discord.dispatch(
          "CHANNEL_CREATE",
          "{\"id\":\"13100000000000000"
              + String.format("%02d", i)
              + "\",\"type\":0,\"guild_id\":\""
              + FakeDiscord.GUILD_ID
              + "\",\"parent_id\":\""
              + category
              + "\",\"name\":\"other-"
              + i
              + "\",\"position\":3,\"permission_overwrites\":[]}");
    }
    long until = System.nanoTime() + WAIT.toNanos();
    while (connectionsJda().getCategoryById(category).getChannels().size() < 50
        && System.nanoTime() < until) {
      Thread.onSpinWait();
    }

    declare("Second incident");
    rig.beacon().outbox().drainNow();

    List<JsonNode> created =
        discord
            .requests(r -> r.is("POST", "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels"))
            .stream()
            .map(DiscordRequest::json)
            .toList();
    assertThat(
            created.stream()
                .filter(j -> j.path("type").asInt() == 4)
                .map(j -> j.path("name").asText()))
        .containsExactly("Incidents", "Incidents 2");
    assertThat(created.get(created.size() - 1).path("name").asText()).startsWith("inc-2-");
    assertThat(created.get(created.size() - 1).path("parent_id").asText()).isNotEqualTo(category);
  }

  private void declare(String title) throws Exception {
    declare(title, "SEV3");
  }

  /** Alice declares through a slash command; returns once Discord got the answer. */
  private void declare(String title, String severity) throws Exception {
    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", title)
                .option("severity", severity));
    discord.await(callbackFor(id), WAIT);
  }

  @Test
  @DisplayName(
      "Typing an incident or a service gets suggestions: open incidents newest first, services")
  void autocompleteSuggestsIncidentsAndServices() throws Exception {
    DiscordConnection c = connect(NO_DEFERRAL);
    c.jda().addEventListener(Autocompleter.of(beacon));
    for (String title : List.of("One", "Two")) {
      String id =
          discord.push(
              SlashInteraction.by(ALICE)
                  .command("incident", "declare")
                  .option("title", title)
                  .option("severity", "SEV3"));
      discord.await(callbackFor(id), WAIT);
    }

    String incident =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "ack")
                .option("incident", "")
                .typingIn("incident"));
    String service =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "x")
                .option("service", "pay")
                .typingIn("service"));

    JsonNode incidents = discord.await(callbackFor(incident), WAIT).json();
    JsonNode services = discord.await(callbackFor(service), WAIT).json();
    assertThat(incidents.path("type").asInt()).as("autocomplete result").isEqualTo(8);
    assertThat(names(incidents.path("data").path("choices"))).containsExactly("INC-2", "INC-1");
    assertThat(names(services.path("data").path("choices"))).containsExactly("payments-api");
  }

  @Test
  @DisplayName(
      "A pushpin on a message in the incident channel puts it in the timeline; removing it withdraws it")
  void pushpinCapturesAMessage() throws Exception {
    Rooms rig = withRooms("capture");
    String channel = captureIn(rig);
    String reaction = pushpin(channel, PINNED);

    discord.dispatch("MESSAGE_REACTION_ADD", reaction);
    List<String> timeline = awaitTimeline(rig.beacon(), "captured message");
    discord.dispatch("MESSAGE_REACTION_REMOVE", reaction);
    List<String> after = awaitTimeline(rig.beacon(), "withdrawn");

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
    Rooms rig = withRooms("edits");
    String channel = captureIn(rig);
    discord.dispatch("MESSAGE_REACTION_ADD", pushpin(channel, PINNED));
    awaitTimeline(rig.beacon(), "captured message");

    discord.dispatch(
        "MESSAGE_UPDATE", edited(channel, "1700000000000000009", "an uncaptured chat line"));
    discord.dispatch(
        "MESSAGE_UPDATE", edited(channel, PINNED, "db failover started at 10:02, lag 400s"));
    awaitTimeline(rig.beacon(), "edited");
    String asked =
        discord.push(
            SlashInteraction.by(ALICE).command("incident", "timeline").option("incident", "INC-1"));

    String timeline =
        discord
            .await(callbackFor(asked), WAIT)
            .json()
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

  @Test
  @DisplayName(
      "Beacon identifies with the Message Content intent, without which Discord sends messages"
          + " empty")
  void identifiesWithTheMessageContentIntent() throws Exception {
    connect(NO_DEFERRAL);

    assertThat(discord.identifiedIntents() & GatewayIntent.MESSAGE_CONTENT.getRawValue())
        .isEqualTo(GatewayIntent.MESSAGE_CONTENT.getRawValue());
  }

  /**
   * Declares INC-1, lets its channel open and starts capturing; returns the channel's id. Wei's
   * Discord id maps to the person wei.
   */
  private String captureIn(Rooms rig) throws Exception {
    declare("Payments API down");
    rig.beacon().outbox().drainNow();
    String channel =
        connectionsJda().getTextChannels().stream()
            .filter(c -> c.getName().startsWith("inc-1-"))
            .findFirst()
            .orElseThrow()
            .getId();
    connectionsJda()
        .addEventListener(
            new TimelineCapture(
                rig.beacon().incidents(),
                DiscordPeople.from(config.people()),
                java.util.Map.of(WEI, "wei")));
    return channel;
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

  private static List<String> awaitTimeline(Beacon b, String containing) {
    long until = System.nanoTime() + WAIT.toNanos();
    List<String> described = List.of();
    while (System.nanoTime() < until) {
      described =
          b.incidents().timeline(new IncidentId(1)).stream()
              .map(dev.beacon.core.timeline.TimelineEvent::describe)
              .toList();
      if (described.stream().anyMatch(d -> d.contains(containing))) {
        return described;
      }
      Thread.onSpinWait();
    }
    return described;
  }

  private String findChannelId(String name) {
    return connectionsJda().getTextChannelsByName(name, false).get(0).getId();
  }

  private net.dv8tion.jda.api.JDA connectionsJda() {
    for (int i = open.size() - 1; i >= 0; i--) {
      if (open.get(i) instanceof DiscordConnection c) {
        return c.jda();
      }
    }
    throw new IllegalStateException("not connected");
  }
}
