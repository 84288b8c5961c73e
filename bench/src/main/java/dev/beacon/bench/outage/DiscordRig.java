package dev.beacon.bench.outage;

import dev.beacon.bot.discord.DiscordBot;
import dev.beacon.bot.discord.DiscordConnection;
import dev.beacon.bot.discord.InteractionHandler;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.Secret;
import dev.beacon.core.incident.IncidentId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Beacon as {@code beacon run} runs it with a Discord token ({@link DiscordBot} opened on the wall
 * clock, started, connected with the default deferral and ready timeout), on the demo configuration
 * ({@code docs/examples/demo-fast.yaml}, 20-second escalation levels), against a {@link
 * FakeDiscord} on loopback with the real JDA. Run from the repository's root, as {@code bench/run}
 * does.
 */
final class DiscordRig implements AutoCloseable {

  /** Alice's Discord user id in the demo configuration. */
  static final String ALICE = "100000000000000001";

  static final Duration WAIT = Duration.ofSeconds(10);

  final FakeDiscord discord;
  final DiscordBot bot;
  final DiscordConnection connection;

  /** The incidents whose channels Beacon had to open again at a new gateway session. */
  final List<List<IncidentId>> reconciled;

  private DiscordRig(
      FakeDiscord discord,
      DiscordBot bot,
      DiscordConnection connection,
      List<List<IncidentId>> reconciled) {
    this.discord = discord;
    this.bot = bot;
    this.connection = connection;
    this.reconciled = reconciled;
  }

  /** Starts the fake, opens and starts Beacon in {@code data}, and connects it. */
  static DiscordRig connected(Path data) throws Exception {
    return connected(data, yaml -> yaml);
  }

  /** As {@link #connected(Path)}, with the demo configuration's text edited by {@code edit}. */
  static DiscordRig connected(Path data, UnaryOperator<String> edit) throws Exception {
    FakeDiscord discord = FakeDiscord.start();
    DiscordBot bot = null;
    try {
      BeaconConfig config =
          ConfigLoader.load(
              "demo-fast.yaml",
              edit.apply(demoConfig())
                  .replaceFirst(
                      "(?m)^  # guild: .*$",
                      "  guild: \""
                          + FakeDiscord.GUILD_ID
                          + "\"\n  apiBaseUrl: "
                          + discord.apiBaseUrl()
                          + "\n  gatewayUrl: "
                          + discord.gatewayUrl()));
      bot = DiscordBot.open(config, data, Clock.systemUTC(), Map.of());
      bot.beacon().start(Optional.empty());
      List<List<IncidentId>> reconciled = new CopyOnWriteArrayList<>();
      DiscordConnection connection =
          bot.connect(
              new Secret("drill-token"),
              InteractionHandler.DEFAULT_DEFER_AFTER,
              DiscordConnection.DEFAULT_READY_TIMEOUT,
              reconciled::add);
      return new DiscordRig(discord, bot, connection, reconciled);
    } catch (Exception e) {
      if (bot != null) {
        bot.close();
      }
      discord.close();
      throw e;
    }
  }

  private static String demoConfig() throws IOException {
    Path demo = Path.of("docs", "examples", "demo-fast.yaml");
    try {
      return Files.readString(demo);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException(
          "run from the repository's root (bench/run does): " + demo + " is not here", e);
    }
  }

  Beacon beacon() {
    return bot.beacon();
  }

  /**
   * Alice types {@code /incident declare title:... severity:... service:payments-api}; returns the
   * interaction's id.
   */
  String declare(String title, String severity) {
    return discord.push(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", title)
            .option("severity", severity)
            .option("service", "payments-api"));
  }

  static Predicate<DiscordRequest> callbackFor(String interaction) {
    return r -> r.is("POST", "/api/v10/interactions/" + interaction + "/[^/]+/callback");
  }

  @Override
  public void close() {
    bot.close();
    discord.close();
  }
}
