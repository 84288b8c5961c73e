package dev.beacon.bot.wiring;

import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.outbox.OutboxDispatcher;
import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.timers.QuartzTimers;
import dev.beacon.bot.web.HttpListener;
import dev.beacon.bot.web.MetricsEndpoint;
import dev.beacon.bot.web.Probes;
import dev.beacon.bot.web.Readiness;
import dev.beacon.bot.web.StoreMetrics;
import dev.beacon.bot.web.TimerLatenessHistogram;
import dev.beacon.bot.web.WebhookCounters;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Commands;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.alerts.AlertService;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.digest.DigestSchedule;
import dev.beacon.core.digest.WeeklyDigest;
import dev.beacon.core.escalation.EscalationEngine;
import dev.beacon.core.escalation.EscalationReactions;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.handover.HandoverService;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.RoomUpdates;
import dev.beacon.core.outbox.StakeholderBroadcast;
import dev.beacon.core.paging.DeliveryService;
import dev.beacon.core.paging.RateLimiter;
import dev.beacon.core.paging.RetryPolicy;
import dev.beacon.core.paging.VendorAcknowledgements;
import dev.beacon.core.paging.VendorSync;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.integrations.alerts.AlertmanagerPayload;
import dev.beacon.integrations.alerts.GenericPayload;
import dev.beacon.integrations.alerts.GrafanaPayload;
import dev.beacon.integrations.http.HttpClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * One running Beacon: the store opened for writing, the use cases over it, escalation timers
 * derived from it, delivery of what it decided (chat and vendor pagers), the commands, and, when
 * configured, the HTTP listener: vendors' and monitoring's monitoring's webhooks, {@code /healthz},
 * {@code /readyz} and {@code /metrics}. {@link #start} starts the timers, the dispatcher and the
 * listener; {@link #close} stops them and releases the store.
 */
public final class Beacon implements AutoCloseable {

  /** How often the sweep re-derives timers from the store. */
  public static final Duration SWEEP = Duration.ofSeconds(30);

  /** Sends per minute and paging method: PagerDuty allows about 120 per integration key. */
  public static final int PAGES_PER_MINUTE = 120;

  /** How often the outbox is looked at without a kick. */
  public static final Duration OUTBOX_BEAT = Duration.ofSeconds(1);

  private final BeaconConfig config;
  private final SqliteIncidentStore store;
  private final Catalog catalog;
  private final IncidentService incidents;
  private final EscalationService escalations;
  private final CommandDispatcher commands;
  private final QuartzTimers timers;
  private final HandoverService handovers;
  private final DeliveryService delivery;
  private final OutboxDispatcher outbox;
  private final VendorAcknowledgements vendorAcks;
  private final InboundSecrets inboundSecrets;
  private final AlertService alertService;
  private final Map<String, String> env;
  private final Clock clock;
  private final BooleanSupplier chatConnected;
  private final WebhookCounters webhookCounters =
      new WebhookCounters(List.of("alertmanager", "grafana", "generic", "pagerduty", "opsgenie"));
  private final TimerLatenessHistogram timerLateness =
      new TimerLatenessHistogram(List.of("wake", "sweep", "handover"));
  private AlertInput alerts;
  private dev.beacon.bot.web.pages.WebAccess webAccess;
  private HttpListener http;
  private dev.beacon.bot.web.console.ChatLog consoleLog;
  private Duration consoleKeepAlive;
  private dev.beacon.bot.web.console.WebConsole console;
  private List<String> httpPaths = List.of();

  private Beacon(
      BeaconConfig config,
      Path dataDir,
      Clock clock,
      Delivery chat,
      Map<String, String> env,
      BooleanSupplier chatConnected,
      int pagesPerMinute) {
    this.config = config;
    this.env = env;
    this.clock = clock;
    this.chatConnected = chatConnected;
    this.catalog = CatalogFactory.from(config);
    OwnerResolver routing = RoutingFactory.from(config);
    this.store = SqliteIncidentStore.open(dataDir);
    this.timers = QuartzTimers.create(2, timerLateness::record);
    ConfiguredResponders responders = new ConfiguredResponders(config, routing);
    EscalationEngine engine =
        new EscalationEngine(
            EscalationFactory.policies(config),
            responders,
            EscalationFactory.hyperCare(config),
            catalog);
    this.incidents =
        new IncidentService(
            store,
            catalog,
            clock,
            List.of(
                new EscalationReactions(engine, timers),
                new VendorSync(),
                RoomUpdates.observer(),
                new StakeholderBroadcast()),
            (services, at) -> siteOnDuty(routing, services, at));
    this.escalations = new EscalationService(store, incidents, engine, timers, clock);
    ConfiguredContacts contacts = new ConfiguredContacts(config);
    this.delivery =
        new DeliveryService(
            store,
            catalog,
            contacts,
            PagerFactory.from(config, HttpClients.shared(), env, clock),
            chat,
            RetryPolicy.DEFAULT,
            new RateLimiter(pagesPerMinute, Duration.ofMinutes(1)),
            new Random()::nextDouble,
            clock);
    this.commands =
        Commands.dispatcher(
            Commands.Services.all(incidents, escalations, routing, delivery, clock));
    this.handovers = new HandoverService(store, catalog, routing, clock);
    this.outbox = new OutboxDispatcher(delivery);
    store.afterEnqueue(outbox::kick);
    this.vendorAcks = new VendorAcknowledgements(incidents, catalog, contacts);
    this.inboundSecrets = new InboundSecrets(config, env);
    this.webAccess =
        new dev.beacon.bot.web.pages.WebAccess(
            Optional.ofNullable(env.get(dev.beacon.bot.web.pages.WebAccess.TOKEN_ENV)), false);
    this.alertService = AlertFactory.from(config.alerts(), incidents, responders::primaryOnCall);
    this.alerts =
        new AlertInput(
            alertService,
            AlertmanagerPayload::parse,
            GrafanaPayload::parse,
            body -> GenericPayload.parse(body, clock.instant()));
  }

  /**
   * Opens the store in {@code dataDir} and wires everything to it, reading secrets from {@code
   * env}; nothing runs yet. Chat is {@code chat} in this process (the console), so always
   * connected.
   */
  public static Beacon open(
      BeaconConfig config, Path dataDir, Clock clock, Delivery chat, Map<String, String> env) {
    return new Beacon(config, dataDir, clock, chat, env, () -> true, PAGES_PER_MINUTE);
  }

  /**
   * As {@link #open(BeaconConfig, Path, Clock, Delivery, Map)} sending at most {@code
   * pagesPerMinute} pages a minute per paging method instead of {@link #PAGES_PER_MINUTE}: for
   * benchmarks that measure the alert path itself, beyond what PagerDuty takes on one key.
   */
  public static Beacon open(
      BeaconConfig config,
      Path dataDir,
      Clock clock,
      Delivery chat,
      Map<String, String> env,
      int pagesPerMinute) {
    return new Beacon(config, dataDir, clock, chat, env, () -> true, pagesPerMinute);
  }

  /**
   * As {@link #open(BeaconConfig, Path, Clock, Delivery, Map)} with chat elsewhere: {@code
   * chatConnected} says whether it is reachable now (for {@code /readyz}).
   */
  public static Beacon open(
      BeaconConfig config,
      Path dataDir,
      Clock clock,
      Delivery chat,
      Map<String, String> env,
      BooleanSupplier chatConnected) {
    return new Beacon(config, dataDir, clock, chat, env, chatConnected, PAGES_PER_MINUTE);
  }

  /**
   * Serves the alert webhooks ({@code /hooks/alertmanager}, {@code /hooks/grafana}, {@code
   * /hooks/generic}) from {@code input} instead of Beacon's own intake and parsers (tests). Call
   * before {@link #start(Optional)}.
   */
  public Beacon receiveAlerts(AlertInput input) {
    if (http != null) {
      throw new IllegalStateException("the HTTP listener already runs; give alerts before start");
    }
    this.alerts = input;
    return this;
  }

  /** As {@link #open(BeaconConfig, Path, Clock, Delivery, Map)} with no secrets (tests). */
  public static Beacon open(BeaconConfig config, Path dataDir, Clock clock, Delivery chat) {
    return open(config, dataDir, clock, chat, Map.of());
  }

  /**
   * Rebuilds the timers from the store and starts them, the outbox dispatcher and, when {@code
   * listen} (or the configuration's {@code http}) names an address, the HTTP listener.
   */
  public Beacon start(Optional<HttpConfig> listen) {
    // Bind first: a port in use must stop Beacon before any timer fires or page goes out.
    listen
        .or(config::http)
        .ifPresent(
            h -> {
              Map<String, HttpHandler> routes = routes();
              http = HttpListener.start(h.host(), h.port(), routes);
              httpPaths = List.copyOf(routes.keySet());
            });
    return start();
  }

  private Map<String, HttpHandler> routes() {
    Map<String, HttpHandler> routes =
        new LinkedHashMap<>(InboundRoutes.of(inboundSecrets, vendorAcks, webhookCounters));
    if (alerts != null) {
      routes.putAll(AlertRoutes.of(config.alerts(), env, alerts, webhookCounters, clock));
    }
    routes.putAll(
        dev.beacon.bot.web.pages.WebPages.routes(incidents, catalog, clock, webAccess, commands));
    if (consoleLog != null) {
      console =
          new dev.beacon.bot.web.console.WebConsole(
              consoleLog, commands, catalog, outbox::drainNow, clock, webAccess, consoleKeepAlive);
      routes.putAll(console.routes());
    }
    routes.put("/healthz", Probes.liveness());
    routes.put("/readyz", Probes.readiness(readiness()));
    routes.put(
        "/metrics",
        new MetricsEndpoint(
            List.of(new StoreMetrics(store::statistics), webhookCounters, timerLateness)));
    return routes;
  }

  /**
   * Lets clients on this machine see the pages without a token (local mode). Call before {@link
   * #start(Optional)}.
   */
  public Beacon trustLoopbackForPages() {
    this.webAccess =
        new dev.beacon.bot.web.pages.WebAccess(
            Optional.ofNullable(env.get(dev.beacon.bot.web.pages.WebAccess.TOKEN_ENV)), true);
    return this;
  }

  /**
   * Serves the web console over {@code log} ({@code /console}, {@code /console/command}, {@code
   * /console/events}): local mode only, where one person plays everyone; it answers loopback
   * clients only. Call before {@link #start(Optional)}.
   */
  public Beacon serveConsole(dev.beacon.bot.web.console.ChatLog log, Duration keepAlive) {
    if (http != null) {
      throw new IllegalStateException(
          "the HTTP listener already runs; add the console before start");
    }
    this.consoleLog = log;
    this.consoleKeepAlive = keepAlive;
    return this;
  }

  /** Ready when the store is open, the timers run and chat is connected. */
  public Readiness readiness() {
    return Readiness.of(
        List.of(
            new Readiness.Check("store", store::isOpen, "closed"),
            new Readiness.Check("scheduler", timers::running, "not running"),
            new Readiness.Check("chat", chatConnected, "not connected")));
  }

  /** Starts everything but the HTTP listener. */
  public Beacon start() {
    // Everything the jobs read from the scheduler's context goes in before the scheduler starts:
    // rebuilt overdue wake-ups fire at once, and Quartz copies the context as they do.
    timers.startHandovers(handovers);
    timers.startFollowUpReminders(new dev.beacon.core.review.FollowUpReminders(store, clock));
    config
        .digest()
        .ifPresent(
            d ->
                timers.startDigest(
                    new WeeklyDigest(
                        store,
                        catalog,
                        new DigestSchedule(d.channel(), d.weekday(), d.time(), d.zone()),
                        clock)));
    timers.start(escalations, SWEEP);
    outbox.start(OUTBOX_BEAT);
    return this;
  }

  private static Optional<String> siteOnDuty(
      OwnerResolver routing, List<String> services, Instant at) {
    try {
      return services.stream().findFirst().map(s -> routing.resolve(s, at).site());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The system of record. */
  public SqliteIncidentStore store() {
    return store;
  }

  /** The organisation, from the configuration. */
  public Catalog catalog() {
    return catalog;
  }

  /** The incident use cases. */
  public IncidentService incidents() {
    return incidents;
  }

  /** The timer use cases. */
  public EscalationService escalations() {
    return escalations;
  }

  /** The chat commands. */
  public CommandDispatcher commands() {
    return commands;
  }

  /** Shift handovers at coverage boundaries. */
  public HandoverService handovers() {
    return handovers;
  }

  /** Delivery of pages and notices. */
  public DeliveryService delivery() {
    return delivery;
  }

  /** The thread that runs delivery. */
  public OutboxDispatcher outbox() {
    return outbox;
  }

  /** Inbound acknowledgements from vendors. */
  public VendorAcknowledgements vendorAcknowledgements() {
    return vendorAcks;
  }

  /** Where alerts from monitoring go (the HTTP hooks hand them here). */
  public AlertService alerts() {
    return alertService;
  }

  /** The HTTP listener's port, when it runs. */
  public Optional<Integer> httpPort() {
    return Optional.ofNullable(http).map(HttpListener::port);
  }

  /** The paths the HTTP listener serves; empty when it does not run. */
  public List<String> httpPaths() {
    return httpPaths;
  }

  /** Stops the listener and the timers, sends what is already decided, and closes the store. */
  @Override
  public void close() {
    if (console != null) {
      console.close();
    }
    if (http != null) {
      http.close();
    }
    timers.close();
    outbox.drainNow();
    outbox.close();
    store.close();
  }
}
