package dev.beacon.bench.outage;

import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.GatewayFrame;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.timeline.TimelineEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import net.dv8tion.jda.api.JDA;

/**
 * {@code bench/run DiscordOutageDrill}: Beacon connected to a fake Discord with the real JDA;
 * Discord goes down for a minute (every REST call answered 5xx, the gateway dropped at every
 * reconnection) while incidents are declared through Beacon's core, as monitoring declares them,
 * and pages go out as direct messages; then Discord comes back. Checks that Beacon resumes its
 * gateway session, still answers slash commands, and that everything it decided during the outage
 * (incident channels with their cards, page DMs, channel notices) arrives afterwards, once each,
 * judged by the requests the fake accepted; and reports what Beacon told its users and its log
 * about the outage.
 *
 * <p>Real time throughout (JDA and its backoff run on the wall clock). Options: {@code --quick} (a
 * 25-second outage, 3 incidents), {@code --outage 60s}, {@code --incidents 8}, {@code --gateway
 * down|flap|up} (refused while down, the default; dropped at every resume; or left up).
 */
public final class DiscordOutageDrill {

  private static final Logger QUIET = Logger.getLogger(MockWebServer.class.getName());

  /** The longest the drill waits for what was decided to be sent after the outage. */
  static final Duration SETTLE = Duration.ofMinutes(6);

  final Duration outage;
  final int incidents;
  final DiscordOutage.Gateway gateway;
  final String command;

  private DiscordOutageDrill(Args args) {
    this.gateway =
        DiscordOutage.Gateway.valueOf(args.text("--gateway", "down").toUpperCase(Locale.ROOT));
    boolean quick = args.has("--quick");
    this.outage = args.duration("--outage", Duration.ofSeconds(quick ? 25 : 60));
    this.incidents = args.integer("--incidents", quick ? 3 : 8);
    this.command = args.command("DiscordOutageDrill");
  }

  /** Runs the drill and prints its report. */
  public static void main(String[] args) throws Exception {
    QUIET.setLevel(Level.WARNING);
    DiscordOutageDrill drill =
        new DiscordOutageDrill(
            Args.parse(args, Set.of("--quick"), Set.of("--outage", "--incidents", "--gateway")));
    drill.run().report().publish();
  }

  /**
   * What happened.
   *
   * @param messages every outbox message Beacon decided, with when it was sent (null: not sent)
   * @param deliveries each message's delivery state, by key
   * @param requests every REST request the fake received, in order
   * @param refused those of them the outage refused
   * @param frames every gateway message Beacon sent
   * @param reconnectedAfter from the outage's end until JDA was connected again; null if never
   * @param answeredAfter from pushing a slash command after the outage to its answer; null if none
   * @param channelIds each incident's channel id at the fake
   * @param reconnectDelays the waits JDA announced between its reconnection attempts, in seconds
   * @param adapterLog what Beacon's Discord adapter logged (INFO and up)
   */
  record Run(
      DiscordOutageDrill drill,
      Instant began,
      Instant ended,
      List<Incident> declared,
      List<IncidentStore.SentState> messages,
      Map<String, DeliveryState> deliveries,
      Map<String, List<TimelineEvent>> timelines,
      List<DiscordRequest> requests,
      Set<DiscordRequest> refused,
      List<GatewayFrame> frames,
      int upgradesRefused,
      int drops,
      boolean outageExhausted,
      String finalStatus,
      Duration reconnectedAfter,
      Duration answeredAfter,
      Duration settledAfter,
      List<List<IncidentId>> reconciled,
      Map<String, String> channelIds,
      Map<String, Integer> beaconLog,
      Map<String, Integer> jdaLog,
      List<Integer> reconnectDelays,
      List<String> adapterLog,
      Duration wallTime) {

    dev.beacon.bench.Report report() {
      return new DiscordOutageReport(this).build();
    }
  }

  Run run() throws Exception {
    long started = System.nanoTime();
    Path data = ScratchDirectory.create("beacon-discord-outage");
    try (LogCapture log = LogCapture.capture();
        DiscordRig rig = DiscordRig.connected(data, DiscordOutageDrill::remindOften)) {
      Beacon beacon = rig.beacon();
      List<Incident> declared = new ArrayList<>();

      // Before: one incident by slash command, its channel and pages out.
      String before = rig.declare("Payments API 5xx, first", "SEV2");
      rig.discord.await(DiscordRig.callbackFor(before), DiscordRig.WAIT);
      waitUntil(Duration.ofSeconds(30), () -> unsent(beacon, Instant.MAX) == 0);

      DiscordOutage down = DiscordOutage.arm(rig.discord, 5000, gateway);
      try {
        down.begin();
        Instant began = down.began();
        for (int i = 0; i < incidents; i++) {
          sleepUntil(began.plus(outage.multipliedBy(i).dividedBy(incidents)));
          declared.add(
              beacon
                  .incidents()
                  .declare(
                      Declaration.of(
                          "Settlement feed stalled, wave " + (i + 1),
                          Severity.SEV2,
                          "payments-api"),
                      Actor.person("alice")));
          if (i == incidents / 2) {
            beacon
                .commands()
                .dispatchLine(
                    Actor.person("alice"),
                    "",
                    "/incident update INC-1 status:\"Failing over to the standby gateway\""
                        + " next:\"Update in 30m\"");
          }
        }
        sleepUntil(began.plus(outage));
        down.end();
        Instant ended = down.ended();

        JDA jda = rig.connection.jda();
        Duration reconnected =
            waitUntil(SETTLE, () -> jda.getStatus() == JDA.Status.CONNECTED)
                ? Duration.between(ended, Instant.now())
                : null;
        Duration answered = null;
        long pushed = System.nanoTime();
        String after = rig.declare("Payments API 5xx, later", "SEV3");
        try {
          rig.discord.await(DiscordRig.callbackFor(after), Duration.ofSeconds(30));
          answered = Duration.ofNanos(System.nanoTime() - pushed);
        } catch (AssertionError e) {
          // not answered: reported
        }
        Duration settled =
            waitUntil(SETTLE, () -> unsent(beacon, ended) == 0)
                ? Duration.between(ended, Instant.now())
                : null;
        // Resolve everything (stops escalation and reminders), let that be sent, and give
        // stragglers (JDA's own retries of requests Beacon stopped waiting for) a few seconds.
        for (Incident i : beacon.store().openIncidents()) {
          beacon.incidents().resolve(i.id(), "Drill over", Actor.person("alice"));
        }
        waitUntil(Duration.ofSeconds(60), () -> unsent(beacon, Instant.MAX) == 0);
        Thread.sleep(5000);

        List<IncidentStore.SentState> messages = new ArrayList<>();
        Map<String, DeliveryState> deliveries = new TreeMap<>();
        Map<String, List<TimelineEvent>> timelines = new TreeMap<>();
        for (Incident i : beacon.store().recent(1000)) {
          timelines.put(i.id().toString(), beacon.incidents().timeline(i.id()));
          for (IncidentStore.SentState s : beacon.store().messages(i.id())) {
            messages.add(s);
            beacon.store().delivery(s.message().key()).ifPresent(d -> deliveries.put(d.key(), d));
          }
        }
        List<DiscordRequest> requests = rig.discord.requests();
        Set<DiscordRequest> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        requests.stream().filter(down::refused).forEach(refused::add);
        long from = began.toEpochMilli();
        long to = System.currentTimeMillis();
        return new Run(
            this,
            began,
            ended,
            declared,
            messages,
            deliveries,
            timelines,
            requests,
            refused,
            rig.discord.gatewayFrames(),
            down.upgradesRefused(),
            down.drops(),
            down.exhausted(),
            jda.getStatus().name(),
            reconnected,
            answered,
            settled,
            List.copyOf(rig.reconciled),
            channelIds(rig, timelines.keySet()),
            log.summary("dev.beacon", from, to),
            log.summary("net.dv8tion", from, to),
            reconnectDelays(log),
            log.lines().stream()
                .filter(l -> l.logger().startsWith(LogCapture.DISCORD_ADAPTER))
                .map(LogCapture.Line::message)
                .toList(),
            Duration.ofNanos(System.nanoTime() - started));
      } finally {
        down.close();
      }
    } finally {
      ScratchDirectory.delete(data);
    }
  }

  /**
   * The demo configuration with SEV2 status updates due every 20 s instead of 30 min, so that
   * reminders (a notice in the incident's channel and a DM to the commander) fall due during the
   * outage too.
   */
  static String remindOften(String yaml) {
    String sev2 = "  SEV2:\n    ackWithin: 15m\n    updateEvery: 30m\n";
    if (!yaml.contains(sev2)) {
      throw new IllegalStateException(
          "docs/examples/demo-fast.yaml changed: SEV2 no longer reads " + sev2);
    }
    return yaml.replace(sev2, "  SEV2:\n    ackWithin: 15m\n    updateEvery: 20s\n");
  }

  /** The delays JDA announced between reconnection attempts ("Next attempt in 4s"). */
  static List<Integer> reconnectDelays(LogCapture log) {
    List<Integer> delays = new ArrayList<>();
    Pattern next = Pattern.compile("Next attempt in (\\d+)s");
    for (LogCapture.Line l : log.lines()) {
      Matcher m = next.matcher(l.message());
      if (m.find()) {
        delays.add(Integer.parseInt(m.group(1)));
      }
    }
    return delays;
  }

  /** Each incident's channel id as the fake holds it now ({@code INC-3 -> 13...}). */
  private static Map<String, String> channelIds(DiscordRig rig, Set<String> incidents) {
    Map<String, String> ids = new TreeMap<>();
    for (String incident : incidents) {
      var channel = rig.discord.channel(incident.toLowerCase(Locale.ROOT) + "-");
      if (channel != null) {
        ids.put(incident, channel.path("id").asText());
      }
    }
    return ids;
  }

  /** How many messages created before {@code before} are still waiting to be sent. */
  private static int unsent(Beacon beacon, Instant before) {
    int pending = 0;
    for (Incident i : beacon.store().recent(1000)) {
      for (IncidentStore.SentState s : beacon.store().messages(i.id())) {
        if (s.sentAt() == null
            && s.message().createdAt().isBefore(before)
            && beacon
                .store()
                .delivery(s.message().key())
                .map(d -> d.status() == DeliveryState.Status.PENDING)
                .orElse(true)) {
          pending++;
        }
      }
    }
    return pending;
  }

  /** Polls {@code condition} every 50 ms for at most {@code bound}; whether it came true. */
  static boolean waitUntil(Duration bound, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private static void sleepUntil(Instant when) throws InterruptedException {
    long millis = Duration.between(Instant.now(), when).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
