package dev.beacon.bot.web;

import dev.beacon.bot.store.StoreStatistics;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Metrics read from the store at every scrape, so they are the record's numbers and cannot drift
 * from it: incidents by status and severity, pages sent and failed, escalations, outbox depth.
 */
public final class StoreMetrics implements MetricSource {

  private final Supplier<StoreStatistics> statistics;

  /** Metrics from {@code statistics} (usually {@code store::statistics}). */
  public StoreMetrics(Supplier<StoreStatistics> statistics) {
    this.statistics = statistics;
  }

  @Override
  public List<MetricFamily> collect() {
    StoreStatistics s = statistics.get();
    List<MetricFamily.Sample> incidents = new ArrayList<>();
    for (Status status : Status.values()) {
      for (Severity severity : Severity.values()) {
        incidents.add(
            MetricFamily.Sample.of(
                "beacon_incidents",
                s.incidents(status, severity),
                "status",
                status.label(),
                "severity",
                severity.name()));
      }
    }
    List<MetricFamily.Sample> pending = new ArrayList<>();
    for (OutboxMessage.Kind kind : OutboxMessage.Kind.values()) {
      pending.add(
          MetricFamily.Sample.of(
              "beacon_outbox_pending",
              s.outbox(kind, DeliveryState.Status.PENDING),
              "kind",
              kind.name().toLowerCase(Locale.ROOT)));
    }
    return List.of(
        MetricFamily.gauge(
            "beacon_incidents", "Incidents in the store, by status and severity.", incidents),
        single(
            MetricFamily.Type.COUNTER,
            "beacon_pages_sent_total",
            "Pages delivered to a person by some contact method.",
            s.outbox(OutboxMessage.Kind.PAGE, DeliveryState.Status.SENT)),
        single(
            MetricFamily.Type.COUNTER,
            "beacon_pages_failed_total",
            "Pages that no contact method of the person could deliver.",
            s.outbox(OutboxMessage.Kind.PAGE, DeliveryState.Status.FAILED)),
        single(
            MetricFamily.Type.COUNTER,
            "beacon_escalations_total",
            "Escalations to a next level, as recorded in the timelines.",
            s.escalations()),
        MetricFamily.gauge(
            "beacon_outbox_pending",
            "Outbox messages not yet delivered (including those waiting to retry), by kind.",
            pending));
  }

  private static MetricFamily single(MetricFamily.Type type, String name, String help, long v) {
    return new MetricFamily(name, help, type, List.of(MetricFamily.Sample.of(name, v)));
  }
}
