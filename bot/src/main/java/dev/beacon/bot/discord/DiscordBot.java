package dev.beacon.bot.discord;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.DiscordConfig;
import dev.beacon.config.PersonConfig;
import dev.beacon.config.Secret;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.timeline.Participants;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.TimelineEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beacon as a Discord bot, assembled: the store and services ({@link Beacon}) delivering through
 * Discord (DMs, incident channels, stakeholder broadcasts), and once {@link #connect connected} the
 * slash commands with role checks and an audit log, autocomplete, timeline capture, and
 * reconciliation of incident channels at every new gateway session. {@code beacon run} and the
 * Discord scenario tests use this same assembly.
 */
public final class DiscordBot implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  private final BeaconConfig config;
  private final DiscordConfig discord;
  private final Clock clock;
  private final Beacon beacon;
  private final DiscordRooms rooms;
  private final AtomicReference<JDA> jda;
  private final Map<String, String> discordIdByPerson;
  private DiscordConnection connection;
  private final ScheduledExecutorService housekeeping =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "beacon-discord-housekeeping");
            t.setDaemon(true);
            return t;
          });
  private TimelineCapture capture;

  private DiscordBot(
      BeaconConfig config,
      Clock clock,
      Beacon beacon,
      DiscordRooms rooms,
      AtomicReference<JDA> jda,
      Map<String, String> discordIdByPerson) {
    this.config = config;
    this.discord = config.discord().orElseThrow();
    this.clock = clock;
    this.beacon = beacon;
    this.rooms = rooms;
    this.jda = jda;
    this.discordIdByPerson = discordIdByPerson;
  }

  /**
   * Opens Beacon's store and services in {@code dataDir}, delivering through Discord once
   * connected; nothing is started (see {@link Beacon#start}) or connected yet.
   *
   * @throws IllegalArgumentException when the configuration has no {@code discord:} section
   */
  public static DiscordBot open(
      BeaconConfig config, Path dataDir, Clock clock, Map<String, String> env) {
    DiscordConfig discord =
        config
            .discord()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the configuration has no discord: section; add one with at least the"
                            + " guild id (see config/CONFIG.md)"));
    Map<String, String> ids = new HashMap<>();
    for (PersonConfig p : config.people()) {
      p.discordUserId().ifPresent(id -> ids.put(p.id(), id));
    }
    AtomicReference<JDA> jda = new AtomicReference<>();
    AtomicReference<Beacon> opened = new AtomicReference<>();
    DiscordRooms rooms =
        new DiscordRooms(
            jda::get,
            discord,
            id -> opened.get().incidents().find(id),
            id -> opened.get().commands().dispatchLine(Actor.BEACON, "", "/incident show " + id),
            ids,
            severity -> config.severity(severity).stakeholderChannel(),
            id -> Participants.of(opened.get().incidents().timeline(id)));
    Beacon beacon =
        Beacon.open(
            config,
            dataDir,
            clock,
            new DiscordChat(jda::get, ids, Optional.of(rooms)),
            env,
            () -> jda.get() != null && jda.get().getStatus() == JDA.Status.CONNECTED);
    opened.set(beacon);
    return new DiscordBot(config, clock, beacon, rooms, jda, Map.copyOf(ids));
  }

  /**
   * Connects to Discord with {@code token} and starts serving: slash commands (deferred after
   * {@code deferAfter}), buttons and forms, autocomplete and timeline capture; then reconciles the
   * open incidents' channels, and again at every new gateway session.
   *
   * @param reconciled told which incidents' channels had been deleted and were opened again
   * @throws IllegalStateException when Discord cannot be reached or refuses; the message says why
   */
  public DiscordConnection connect(
      Secret token,
      Duration deferAfter,
      Duration readyTimeout,
      Consumer<List<IncidentId>> reconciled) {
    DiscordPeople people = DiscordPeople.from(config.people());
    InteractionHandler handler =
        new InteractionHandler(
            beacon.commands(),
            people,
            DiscordPermissions.from(discord.roles()),
            beacon.store(),
            clock,
            deferAfter);
    connection =
        DiscordConnection.connect(discord, token, beacon.commands(), handler, readyTimeout);
    jda.set(connection.jda());
    Map<String, String> personByDiscordId = new HashMap<>();
    discordIdByPerson.forEach((person, user) -> personByDiscordId.put(user, person));
    capture = new TimelineCapture(beacon.incidents(), people, personByDiscordId);
    connection
        .jda()
        .addEventListener(
            Autocompleter.of(beacon), capture, new OutageNotices(beacon.store(), clock));
    Runnable reconcile =
        () -> {
          List<IncidentId> reopened =
              rooms.reconcile(beacon.store().openIncidents().stream().map(Incident::id).toList());
          if (!reopened.isEmpty()) {
            reconciled.accept(reopened);
          }
        };
    reconcile.run();
    if (discord.channelRetention().isPresent()) {
      housekeeping.scheduleWithFixedDelay(this::deleteExpiredRoomsQuietly, 1, 60, TimeUnit.MINUTES);
    }
    connection
        .jda()
        .addEventListener(
            new ListenerAdapter() {
              @Override
              public void onSessionRecreate(SessionRecreateEvent event) {
                reconcile.run();
              }
            });
    return connection;
  }

  /**
   * Deletes the archived channels of incidents resolved longer than {@code
   * discord.channelRetention} ago (nothing without that setting). Runs every hour while connected.
   *
   * @return the incidents whose channels were deleted
   */
  public List<IncidentId> deleteExpiredRooms() {
    if (discord.channelRetention().isEmpty()) {
      return List.of();
    }
    List<IncidentId> deleted =
        rooms.deleteExpired(
            clock.instant(),
            discord.channelRetention().get(),
            id ->
                beacon.incidents().timeline(id).stream()
                    .filter(Resolved.class::isInstance)
                    .map(TimelineEvent::at)
                    .reduce((a, b) -> b));
    if (!deleted.isEmpty()) {
      LOG.info(
          "deleted the archived channels of {} (retention {})",
          deleted,
          discord.channelRetention().get());
    }
    return deleted;
  }

  /** Beacon's store and services. */
  public Beacon beacon() {
    return beacon;
  }

  /** The live JDA session, once connected. */
  JDA jda() {
    return jda.get();
  }

  /** The incident channels. */
  public DiscordRooms rooms() {
    return rooms;
  }

  private void deleteExpiredRoomsQuietly() {
    try {
      deleteExpiredRooms();
    } catch (RuntimeException e) {
      LOG.warn("deleting expired incident channels failed; will try again: {}", e.toString());
    }
  }

  /**
   * Stops taking commands (running ones answer), closes Beacon, which sends what was decided
   * (rooms, pages) through Discord, and disconnects from Discord last.
   */
  @Override
  public void close() {
    housekeeping.shutdownNow();
    if (connection != null) {
      connection.stopTakingCommands();
    }
    if (capture != null) {
      capture.close();
    }
    beacon.close();
    if (connection != null) {
      connection.close();
    }
  }
}
