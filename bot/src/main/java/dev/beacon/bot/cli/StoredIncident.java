package dev.beacon.bot.cli;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.config.BeaconConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.timeline.TimelineEvent;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An incident and its timeline as the store holds them, with the configuration: what {@code export}
 * and {@code publish} work on. The store is opened read-only, so they work while Beacon runs.
 */
record StoredIncident(BeaconConfig config, Incident incident, List<TimelineEvent> timeline) {

  /**
   * Reads incident {@code reference} and runs {@code then} on it; says what was wrong otherwise.
   *
   * @return {@code then}'s exit status, 2 for a malformed reference, 1 for anything else missing
   */
  static int read(
      Locations locations,
      String reference,
      PrintWriter err,
      Function<StoredIncident, Integer> then) {
    IncidentId id;
    try {
      id = IncidentId.parse(reference);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    Optional<BeaconConfig> config = ConfigSource.load(locations.configFile(), err);
    if (config.isEmpty()) {
      return 1;
    }
    StoredIncident stored;
    try (SqliteIncidentStore store = SqliteIncidentStore.openReadOnly(locations.dataDir())) {
      Optional<Incident> found = store.find(id);
      if (found.isEmpty()) {
        err.println(
            "There is no incident "
                + id
                + " in "
                + store.path()
                + ". Is --data the directory Beacon ran with?");
        return 1;
      }
      stored = new StoredIncident(config.get(), found.get(), store.timeline(id));
    } catch (StoreException e) {
      err.println(e.getMessage());
      return 1;
    }
    return then.apply(stored);
  }
}
