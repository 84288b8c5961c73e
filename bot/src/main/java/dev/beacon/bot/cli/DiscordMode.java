package dev.beacon.bot.cli;

import dev.beacon.bot.discord.Autocompleter;
import dev.beacon.bot.discord.DiscordChat;
import dev.beacon.bot.discord.DiscordConnection;
import dev.beacon.bot.discord.DiscordPeople;
import dev.beacon.bot.discord.DiscordRooms;
import dev.beacon.bot.discord.TimelineCapture;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.DiscordConfig;
import dev.beacon.config.HttpConfig;
import dev.beacon.config.PersonConfig;
import dev.beacon.config.Secret;
import dev.beacon.core.incident.Actor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;

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
    Map<String, String> ids = new HashMap<>();
    for (PersonConfig p : config.people()) {
      p.discordUserId().ifPresent(id -> ids.put(p.id(), id));
    }
    AtomicReference<JDA> jda = new AtomicReference<>();
    AtomicReference<Beacon> opened = new AtomicReference<>();
    DiscordRooms rooms =
        new DiscordRooms(
            jda::get,
            discord.get(),
            id -> opened.get().incidents().find(id),
            id -> opened.get().commands().dispatchLine(Actor.BEACON, "", "/incident show " + id),
            ids,
            severity -> config.severity(severity).stakeholderChannel());
    Beacon beacon =
        Beacon.open(
            config,
            dataDir,
            Clock.systemUTC(),
            new DiscordChat(jda::get, ids, Optional.of(rooms)),
            System.getenv());
    opened.set(beacon);
    beacon.start(listen);
    DiscordConnection connection;
    try {
      connection =
          DiscordConnection.connect(
              discord.get(),
              token,
              beacon.commands(),
              DiscordPeople.from(config.people()),
              DiscordConnection.DEFAULT_READY_TIMEOUT);
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      beacon.close();
      return 1;
    }
    jda.set(connection.jda());
    connection.jda().addEventListener(Autocompleter.of(beacon));
    Map<String, String> personByDiscordId = new HashMap<>();
    ids.forEach((person, user) -> personByDiscordId.put(user, person));
    connection
        .jda()
        .addEventListener(
            new TimelineCapture(
                beacon.incidents(), DiscordPeople.from(config.people()), personByDiscordId));
    Runnable reconcile =
        () -> {
          var reopened =
              rooms.reconcile(beacon.store().openIncidents().stream().map(i -> i.id()).toList());
          if (!reopened.isEmpty()) {
            err.println("Reopened the deleted channels of " + reopened + ".");
            err.flush();
          }
        };
    reconcile.run();
    connection
        .jda()
        .addEventListener(
            new net.dv8tion.jda.api.hooks.ListenerAdapter() {
              @Override
              public void onSessionRecreate(
                  net.dv8tion.jda.api.events.session.SessionRecreateEvent event) {
                reconcile.run();
              }
            });
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
                  // Discord last: closing Beacon sends what was decided (rooms, pages) through it.
                  connection.stopTakingCommands();
                  beacon.close();
                  connection.close();
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
