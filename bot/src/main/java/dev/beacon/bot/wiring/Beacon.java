package dev.beacon.bot.wiring;

import dev.beacon.bot.outbox.OutboxDispatcher;
import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.timers.QuartzTimers;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Commands;
import dev.beacon.config.BeaconConfig;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.escalation.EscalationEngine;
import dev.beacon.core.escalation.EscalationReactions;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.handover.HandoverService;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.paging.DeliveryService;
import dev.beacon.core.paging.Pager;
import dev.beacon.core.paging.RateLimiter;
import dev.beacon.core.paging.RetryPolicy;
import dev.beacon.core.paging.VendorSync;
import dev.beacon.core.routing.OwnerResolver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One running Beacon: the store opened for writing, the use cases over it, escalation timers
 * derived from it, the outbox dispatcher sending what it decided, and the commands. {@link #start}
 * starts the timers and the dispatcher; {@link #close} stops them and releases the store.
 *
 * @param store the system of record
 * @param catalog the organisation, from the configuration
 * @param incidents the use cases
 * @param escalations the timer use cases
 * @param commands the chat commands
 * @param timers the scheduler that wakes incidents
 * @param handovers the shift handovers at coverage boundaries
 * @param outbox the dispatcher that sends pages and notices
 */
public record Beacon(
    SqliteIncidentStore store,
    Catalog catalog,
    IncidentService incidents,
    EscalationService escalations,
    CommandDispatcher commands,
    QuartzTimers timers,
    HandoverService handovers,
    OutboxDispatcher outbox)
    implements AutoCloseable {

  /** How often the sweep re-derives timers from the store. */
  public static final Duration SWEEP = Duration.ofSeconds(30);

  /** Sends per minute and paging method: PagerDuty allows about 120 per integration key. */
  public static final int PAGES_PER_MINUTE = 120;

  /** How often the outbox is looked at without a kick. */
  public static final Duration OUTBOX_BEAT = Duration.ofSeconds(1);

  /**
   * Opens the store in {@code dataDir} and wires everything to it, with no vendor pagers; nothing
   * runs yet.
   */
  public static Beacon open(BeaconConfig config, Path dataDir, Clock clock, Delivery chat) {
    return open(config, dataDir, clock, chat, List.of());
  }

  /**
   * Opens the store in {@code dataDir} and wires everything to it: pages go out through {@code
   * pagers} (by method) and chat; nothing runs yet.
   */
  public static Beacon open(
      BeaconConfig config, Path dataDir, Clock clock, Delivery chat, List<Pager> pagers) {
    Catalog catalog = CatalogFactory.from(config);
    OwnerResolver routing = RoutingFactory.from(config);
    SqliteIncidentStore store = SqliteIncidentStore.open(dataDir);
    QuartzTimers timers = QuartzTimers.create(2);
    EscalationEngine engine =
        new EscalationEngine(
            EscalationFactory.policies(config),
            new ConfiguredResponders(config, routing),
            EscalationFactory.hyperCare(config),
            catalog);
    IncidentService incidents =
        new IncidentService(
            store,
            catalog,
            clock,
            List.of(new EscalationReactions(engine, timers), new VendorSync()),
            (services, at) -> siteOnDuty(routing, services, at));
    EscalationService escalations = new EscalationService(store, incidents, engine, timers, clock);
    DeliveryService delivery =
        new DeliveryService(
            store,
            catalog,
            new ConfiguredContacts(config),
            pagers,
            chat,
            RetryPolicy.DEFAULT,
            new RateLimiter(PAGES_PER_MINUTE, Duration.ofMinutes(1)),
            new Random()::nextDouble,
            clock);
    return new Beacon(
        store,
        catalog,
        incidents,
        escalations,
        Commands.dispatcher(
            Commands.Services.all(incidents, escalations, routing, delivery, clock)),
        timers,
        new HandoverService(store, catalog, routing, clock),
        new OutboxDispatcher(delivery));
  }

  private static Optional<String> siteOnDuty(
      OwnerResolver routing, List<String> services, Instant at) {
    try {
      return services.stream().findFirst().map(s -> routing.resolve(s, at).site());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** Rebuilds the timers from the store and starts them and the outbox dispatcher. */
  public Beacon start() {
    timers.start(escalations, SWEEP);
    timers.startHandovers(handovers);
    outbox.start(OUTBOX_BEAT);
    return this;
  }

  /** Stops the timers, sends what is already decided, and closes the store. */
  @Override
  public void close() {
    timers.close();
    outbox.drainNow();
    outbox.close();
    store.close();
  }
}
