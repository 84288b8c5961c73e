package dev.beacon.bot.store;

import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts read from the store in one go, for metrics: every status, severity, message kind and
 * delivery status is present, zero when there is none.
 *
 * @param incidents how many incidents are in each status, by severity
 * @param outbox how many outbox messages of each kind are in each delivery status
 * @param escalations how many escalations the timelines record (never decreases)
 */
public record StoreStatistics(
    Map<Status, Map<Severity, Long>> incidents,
    Map<OutboxMessage.Kind, Map<DeliveryState.Status, Long>> outbox,
    long escalations) {

  /** Fills in the zeros; copies the maps. */
  public StoreStatistics {
    incidents = complete(incidents, Status.class, Severity.class);
    outbox = complete(outbox, OutboxMessage.Kind.class, DeliveryState.Status.class);
  }

  /** Incidents in {@code status} at {@code severity}. */
  public long incidents(Status status, Severity severity) {
    return incidents.get(status).get(severity);
  }

  /** Outbox messages of {@code kind} in delivery status {@code status}. */
  public long outbox(OutboxMessage.Kind kind, DeliveryState.Status status) {
    return outbox.get(kind).get(status);
  }

  private static <A extends Enum<A>, B extends Enum<B>> Map<A, Map<B, Long>> complete(
      Map<A, Map<B, Long>> counts, Class<A> outer, Class<B> inner) {
    Map<A, Map<B, Long>> out = new EnumMap<>(outer);
    for (A a : outer.getEnumConstants()) {
      Map<B, Long> row = new EnumMap<>(inner);
      for (B b : inner.getEnumConstants()) {
        row.put(b, counts.getOrDefault(a, Map.of()).getOrDefault(b, 0L));
      }
      out.put(a, Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(out);
  }
}
