package dev.beacon.bot.cli;

import dev.beacon.bot.discord.DiscordBot;
import dev.beacon.bot.discord.DiscordConnection;
import dev.beacon.bot.discord.InteractionHandler;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.DiscordConfig;
import dev.beacon.config.HttpConfig;
import dev.beacon.config.Secret;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code beacon run} with a Discord token: Beacon connects to the configured guild, registers its
 * commands and serves them until the process is stopped (SIGTERM or Ctrl-C), then shuts down
 * cleanly.
 */
final class DiscordMode {

  private DiscordMode() {}

  /** Runs until stopped; the exit status. */
  static int run(
      BeaconConfig config,
      Path dataDir,
      Optional<HttpConfig> listen,
      Secret token,
      PrintWriter out,
      PrintWriter err) {
    Optional<DiscordConfig> discord = config.discord();
    if (discord.isEmpty()) {
      err.println(
          "A Discord token is set, but the configuration has no discord: section; add one with"
              + " at least the guild id (see config/CONFIG.md), or unset the token for local mode.");
      return 2;
    }
    DiscordBot bot = DiscordBot.open(config, dataDir, Clock.systemUTC(), System.getenv());
    Beacon beacon = bot.beacon();
    beacon.start(listen);
    DiscordConnection connection;
    try {
      connection =
          bot.connect(
              token,
              InteractionHandler.DEFAULT_DEFER_AFTER,
              DiscordConnection.DEFAULT_READY_TIMEOUT,
              reopened -> {
                err.println("Reopened the deleted channels of " + reopened + ".");
                err.flush();
              });
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      bot.close();
      return 1;
    }
    out.println(
        "Beacon is connected to Discord (guild "
            + connection.guild().getName()
            + "); data in "
            + beacon.store().path()
            + ". Stop with Ctrl-C.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bot.close();
                  stopped.countDown();
                },
                "beacon-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
