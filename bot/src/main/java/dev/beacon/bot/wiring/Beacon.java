package dev.beacon.bot.wiring;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Commands;
import dev.beacon.config.BeaconConfig;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.IncidentService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One running Beacon: the store opened for writing, the use cases over it, and the commands. Close
 * it to release the store.
 *
 * @param store the system of record
 * @param catalog the organisation, from the configuration
 * @param incidents the use cases
 * @param commands the chat commands
 */
public record Beacon(
    SqliteIncidentStore store,
    Catalog catalog,
    IncidentService incidents,
    CommandDispatcher commands)
    implements AutoCloseable {

  /** Opens the store in {@code dataDir} and wires everything to it. */
  public static Beacon open(BeaconConfig config, Path dataDir, Clock clock) {
    Catalog catalog = CatalogFactory.from(config);
    SqliteIncidentStore store = SqliteIncidentStore.open(dataDir);
    IncidentService incidents = new IncidentService(store, catalog, clock);
    return new Beacon(
        store,
        catalog,
        incidents,
        Commands.dispatcher(incidents, RoutingFactory.from(config), clock));
  }

  @Override
  public void close() {
    store.close();
  }
}
