package dev.beacon.bot.wiring;

import dev.beacon.bot.outbox.OutboxDispatcher;
import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.timers.QuartzTimers;
import dev.beacon.bot.web.HttpListener;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Commands;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.alerts.AlertService;
import dev.beacon.core.catalog.Catalog;
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
import dev.beacon.integrations.http.HttpClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One running Beacon: the store opened for writing, the use cases over it, escalation timers
 * derived from it, delivery of what it decided (chat and vendor pagers), the commands, and, when
 * configured, the HTTP listener for vendors' webhooks. {@link #start} starts the timers, the
 * dispatcher and the listener; {@link #close} stops them and releases the store.
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
  private final AlertService alerts;
  private HttpListener http;

  private Beacon(
      BeaconConfig config, Path dataDir, Clock clock, Delivery chat, Map<String, String> env) {
    this.config = config;
    this.catalog = CatalogFactory.from(config);
    OwnerResolver routing = RoutingFactory.from(config);
    this.store = SqliteIncidentStore.open(dataDir);
    this.timers = QuartzTimers.create(2);
    EscalationEngine engine =
        new EscalationEngine(
            EscalationFactory.policies(config),
            new ConfiguredResponders(config, routing),
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
            new RateLimiter(PAGES_PER_MINUTE, Duration.ofMinutes(1)),
            new Random()::nextDouble,
            clock);
    this.commands =
        Commands.dispatcher(
            Commands.Services.all(incidents, escalations, routing, delivery, clock));
    this.handovers = new HandoverService(store, catalog, routing, clock);
    this.outbox = new OutboxDispatcher(delivery);
    this.vendorAcks = new VendorAcknowledgements(incidents, catalog, contacts);
    this.inboundSecrets = new InboundSecrets(config, env);
    this.alerts = AlertFactory.from(config.alerts(), incidents);
  }

  /**
   * Opens the store in {@code dataDir} and wires everything to it, reading secrets from {@code
   * env}; nothing runs yet.
   */
  public static Beacon open(
      BeaconConfig config, Path dataDir, Clock clock, Delivery chat, Map<String, String> env) {
    return new Beacon(config, dataDir, clock, chat, env);
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
        .ifPresent(h -> http = InboundRoutes.listen(h, inboundSecrets, vendorAcks));
    return start();
  }

  /** Starts everything but the HTTP listener. */
  public Beacon start() {
    timers.start(escalations, SWEEP);
    timers.startHandovers(handovers);
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
    return alerts;
  }

  /** The HTTP listener's port, when it runs. */
  public Optional<Integer> httpPort() {
    return Optional.ofNullable(http).map(HttpListener::port);
  }

  /** Stops the listener and the timers, sends what is already decided, and closes the store. */
  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    timers.close();
    outbox.drainNow();
    outbox.close();
    store.close();
  }
}
