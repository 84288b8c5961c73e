package dev.beacon.bot.discord;

import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.bot.testing.DemoConfig;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.Secret;
import dev.beacon.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Beacon assembled as {@code beacon run} assembles it ({@link DiscordBot}), on the demo
 * configuration, connected with the real JDA to a {@link FakeDiscord}. The clock is a {@link
 * MutableClock}; the outbox is drained by the test ({@link #drain}), not by a background thread.
 */
final class DiscordTestBed implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(10);

  /** Answers directly however slow the machine: the fake has no 3-second deadline. */
  static final Duration NO_DEFERRAL = Duration.ofMinutes(1);

  static final String ALICE = "100000000000000001";
  static final String WEI = "100000000000000002";
  static final String STRANGER = "199999999999999999";

  final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  final FakeDiscord discord;
  final BeaconConfig config;
  final List<List<dev.beacon.core.incident.IncidentId>> reconciled = new ArrayList<>();
  private final Path data;
  private final Duration deferAfter;

  /** The running bot; {@link #restart} replaces it. */
  DiscordBot bot;

  private DiscordTestBed(Path data, UnaryOperator<String> edit, Duration deferAfter)
      throws Exception {
    this.data = data;
    this.deferAfter = deferAfter;
    discord = FakeDiscord.start();
    String yaml =
        DemoConfig.onDiscord(FakeDiscord.GUILD_ID, discord.apiBaseUrl(), discord.gatewayUrl());
    config = ConfigLoader.load("discord-test.yaml", edit.apply(yaml));
    bot = DiscordBot.open(config, data, clock, Map.of());
  }

  /**
   * Connected, with {@code extraDiscordYaml} (lines indented by two) added to {@code discord:};
   * slash commands are deferred when not answered within {@code deferAfter} ({@link Duration#ZERO}:
   * always).
   */
  static DiscordTestBed connected(Path data, String extraDiscordYaml, Duration deferAfter)
      throws Exception {
    return connected(
        data,
        yaml -> yaml.replaceFirst("(?m)^(  gatewayUrl: .*)$", "$1" + extraDiscordYaml),
        deferAfter);
  }

  /**
   * Connected with no {@code discord.roles} (a set-up that maps none): no Discord role checks, so
   * only the commands' own check refuses people Beacon does not know, once the command runs.
   */
  static DiscordTestBed connectedWithoutRoles(Path data, Duration deferAfter) throws Exception {
    return connected(
        data, yaml -> yaml.replaceFirst("(?m)^  roles:.*\n(    .*\n?)*", ""), deferAfter);
  }

  private static DiscordTestBed connected(
      Path data, UnaryOperator<String> editYaml, Duration deferAfter) throws Exception {
    DiscordTestBed bed = new DiscordTestBed(data, editYaml, deferAfter);
    try {
      bed.connect();
    } catch (RuntimeException e) {
      bed.close();
      throw e;
    }
    return bed;
  }

  /** Connected, with {@code extraDiscordYaml} added to {@code discord:}; never deferring. */
  static DiscordTestBed connected(Path data, String extraDiscordYaml) throws Exception {
    return connected(data, extraDiscordYaml, NO_DEFERRAL);
  }

  static DiscordTestBed connected(Path data) throws Exception {
    return connected(data, "");
  }

  /**
   * Stops Beacon as stopping {@code beacon run} does, then starts it again on the same data and
   * connects it to the same fake Discord.
   */
  void restart() {
    bot.close();
    bot = DiscordBot.open(config, data, clock, Map.of());
    connect();
  }

  private void connect() {
    bot.connect(new Secret("test-token"), deferAfter, WAIT, reconciled::add);
  }

  Beacon beacon() {
    return bot.beacon();
  }

  /** Pushes {@code interaction} and waits for Beacon's answer; returns the answer's message. */
  com.fasterxml.jackson.databind.JsonNode answer(SlashInteraction interaction) throws Exception {
    String id = discord.push(interaction);
    return discord.await(callbackFor(id), WAIT).json();
  }

  /** Alice declares; returns the interaction's id once Beacon has answered it. */
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

  /** Delivers what the outbox holds (channels to open, posts), twice to follow on-changes. */
  void drain() {
    beacon().outbox().drainNow();
    beacon().outbox().drainNow();
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
