package dev.beacon.bot.discord;

import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.bot.testing.DemoConfig;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.Secret;
import dev.beacon.core.incident.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import net.dv8tion.jda.api.JDA;

/**
 * A Beacon wired as {@code beacon run} wires it for Discord (incident rooms, DMs), connected
 * through the real JDA to a {@link FakeDiscord}. Its outbox is not started: tests send with {@code
 * beacon().outbox().drainNow()}.
 */
final class BeaconOnFakeDiscord implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final String ALICE = "100000000000000001";

  /** Answers directly however slow the machine: the fake has no 3-second deadline. */
  private static final Duration NO_DEFERRAL = Duration.ofMinutes(1);

  private final FakeDiscord discord;
  private final Beacon beacon;
  private final DiscordConnection connection;

  private BeaconOnFakeDiscord(FakeDiscord discord, Beacon beacon, DiscordConnection connection) {
    this.discord = discord;
    this.beacon = beacon;
    this.connection = connection;
  }

  /** Opens Beacon's store in {@code data} and connects to {@code discord}. */
  static BeaconOnFakeDiscord connect(FakeDiscord discord, Path data, Clock clock) throws Exception {
    BeaconConfig config =
        ConfigLoader.load(
            "discord-test.yaml",
            DemoConfig.onDiscord(FakeDiscord.GUILD_ID, discord.apiBaseUrl(), discord.gatewayUrl()));
    AtomicReference<JDA> jda = new AtomicReference<>();
    AtomicReference<Beacon> opened = new AtomicReference<>();
    DiscordRooms rooms =
        new DiscordRooms(
            jda::get,
            config.discord().orElseThrow(),
            id -> opened.get().incidents().find(id),
            id -> opened.get().commands().dispatchLine(Actor.BEACON, "", "/incident show " + id),
            Map.of("alice", ALICE),
            severity -> config.severity(severity).stakeholderChannel());
    Beacon beacon =
        Beacon.open(config, data, clock, new DiscordChat(jda::get, Map.of(), Optional.of(rooms)));
    opened.set(beacon);
    try {
      InteractionHandler handler =
          new InteractionHandler(
              beacon.commands(), DiscordPeople.from(config.people()), NO_DEFERRAL);
      DiscordConnection connection =
          DiscordConnection.connect(
              config.discord().orElseThrow(),
              new Secret("test-token"),
              beacon.commands(),
              handler,
              WAIT);
      jda.set(connection.jda());
      return new BeaconOnFakeDiscord(discord, beacon, connection);
    } catch (RuntimeException e) {
      beacon.close();
      throw e;
    }
  }

  Beacon beacon() {
    return beacon;
  }

  /** Alice declares with a slash command; returns the interaction's id once it was answered. */
  String declare(String title, String severity) throws InterruptedException {
    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", title)
                .option("severity", severity));
    discord.await(callbackFor(id), WAIT);
    return id;
  }

  /** The answer to interaction {@code id}. */
  static Predicate<DiscordRequest> callbackFor(String id) {
    return r -> r.is("POST", "/api/v10/interactions/" + id + "/[^/]+/callback");
  }

  @Override
  public void close() {
    connection.close();
    beacon.close();
  }
}
