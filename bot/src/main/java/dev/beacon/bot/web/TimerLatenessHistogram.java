package dev.beacon.bot.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * How late timers fire, per timer kind ({@code wake}, {@code sweep}, {@code handover}), as the
 * histogram {@code beacon_timer_lateness_seconds} (and the worst seen as {@code
 * beacon_timer_lateness_max_seconds}). A starved scheduler shows here first: ADR 0004 measured
 * blocking jobs making the median firing 16 s late. Thread-safe.
 */
public final class TimerLatenessHistogram implements MetricSource {

  /** Upper bounds of the buckets, in seconds: fine below a second, coarse up to five minutes. */
  static final double[] BOUNDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300};

  private static final String NAME = "beacon_timer_lateness_seconds";
  private static final String MAX = "beacon_timer_lateness_max_seconds";

  private final Map<String, Series> series = new ConcurrentSkipListMap<>();

  /** A histogram with the given timer kinds present (at zero) from the start. */
  public TimerLatenessHistogram(Collection<String> timers) {
    timers.forEach(t -> series.computeIfAbsent(t, k -> new Series()));
  }

  /** Records that a {@code timer} fired {@code lateness} after it was due (negative: on time). */
  public void record(String timer, Duration lateness) {
    double seconds = Math.max(0, lateness.toNanos() / 1e9);
    series.computeIfAbsent(timer, k -> new Series()).add(seconds);
  }

  @Override
  public List<MetricFamily> collect() {
    List<MetricFamily.Sample> histogram = new ArrayList<>();
    List<MetricFamily.Sample> max = new ArrayList<>();
    series.forEach(
        (timer, s) -> {
          Snapshot snap = s.snapshot();
          long cumulative = 0;
          for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += snap.buckets[i];
            histogram.add(
                MetricFamily.Sample.of(
                    NAME + "_bucket",
                    cumulative,
                    "timer",
                    timer,
                    "le",
                    PrometheusText.value(BOUNDS[i])));
          }
          histogram.add(
              MetricFamily.Sample.of(NAME + "_bucket", snap.count, "timer", timer, "le", "+Inf"));
          histogram.add(MetricFamily.Sample.of(NAME + "_sum", snap.sum, "timer", timer));
          histogram.add(MetricFamily.Sample.of(NAME + "_count", snap.count, "timer", timer));
          max.add(MetricFamily.Sample.of(MAX, snap.max, "timer", timer));
        });
    return List.of(
        new MetricFamily(
            NAME,
            "How late timers fired after they were due (or armed, if armed when already due).",
            MetricFamily.Type.HISTOGRAM,
            histogram),
        MetricFamily.gauge(MAX, "The latest any timer of the kind fired since start-up.", max));
  }

  private record Snapshot(long[] buckets, long count, double sum, double max) {}

  /** One timer kind's counts; synchronized, so a scrape sees count, sum and buckets agree. */
  private static final class Series {
    private final long[] buckets = new long[BOUNDS.length];
    private long count;
    private double sum;
    private double max;

    synchronized void add(double seconds) {
      for (int i = 0; i < BOUNDS.length; i++) {
        if (seconds <= BOUNDS[i]) {
          buckets[i]++;
          break;
        }
      }
      count++;
      sum += seconds;
      max = Math.max(max, seconds);
    }

    synchronized Snapshot snapshot() {
      return new Snapshot(buckets.clone(), count, sum, max);
    }
  }
}
