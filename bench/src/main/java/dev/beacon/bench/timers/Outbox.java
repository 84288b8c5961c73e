package dev.beacon.bench.timers;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.store.StoreStatistics;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;

/** The outbox's backlog as the store's statistics show it. */
final class Outbox {

  private Outbox() {}

  /** Messages of any kind still waiting to be sent (pending). */
  static long unsent(SqliteIncidentStore store) {
    StoreStatistics stats = store.statistics();
    long n = 0;
    for (OutboxMessage.Kind kind : OutboxMessage.Kind.values()) {
      n += stats.outbox(kind, DeliveryState.Status.PENDING);
    }
    return n;
  }
}
