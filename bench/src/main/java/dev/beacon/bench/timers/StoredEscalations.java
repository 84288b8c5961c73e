package dev.beacon.bench.timers;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.timeline.Escalated;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the store records: when each incident escalated (its {@code Escalated} events' times, which
 * are when Beacon decided them), read through a read-only store that may run beside Beacon.
 */
final class StoredEscalations {

  private StoredEscalations() {}

  /** Incident number to the times of its escalations, for incidents {@code from..to}. */
  static Map<Long, List<Instant>> read(Path dataDir, long from, long to) {
    Map<Long, List<Instant>> out = new HashMap<>();
    try (SqliteIncidentStore store = SqliteIncidentStore.openReadOnly(dataDir)) {
      for (long n = from; n <= to; n++) {
        out.put(
            n,
            store.timeline(new IncidentId(n)).stream()
                .filter(Escalated.class::isInstance)
                .map(e -> e.at())
                .toList());
      }
    }
    return out;
  }

  /** How many escalations all timelines record, read beside a running Beacon. */
  static long total(SqliteIncidentStore readOnly) {
    return readOnly.statistics().escalations();
  }
}
