package dev.beacon.bot.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many webhook requests each source sent and how each ended, since the process started: the
 * hooks count, {@code /metrics} shows {@code beacon_webhook_requests_total}. Thread-safe.
 */
public final class WebhookCounters implements MetricSource {

  /** How a webhook request ended. */
  public enum Outcome {
    /** 2xx: taken (and committed). */
    ACCEPTED,
    /** 401: no or wrong token or signature, or none configured. */
    UNAUTHORIZED,
    /** 413: body over the limit. */
    TOO_LARGE,
    /** 400 (unreadable payload) or 405 (wrong method): the sender must change something. */
    BAD_REQUEST,
    /** 503: Beacon could not take it now; the sender retries. */
    UNAVAILABLE,
    /** 500: a bug. */
    ERROR;

    /** The label value, e.g. {@code too_large}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<String, Map<Outcome, LongAdder>> counts = new ConcurrentSkipListMap<>();

  /** Counters for {@code sources}, all at zero (so every series exists before its first event). */
  public WebhookCounters(Collection<String> sources) {
    sources.forEach(this::of);
  }

  /** Counts one request from {@code source} that ended in {@code outcome}. */
  public void count(String source, Outcome outcome) {
    of(source).get(outcome).increment();
  }

  /** How many requests from {@code source} ended in {@code outcome}. */
  public long total(String source, Outcome outcome) {
    Map<Outcome, LongAdder> bySource = counts.get(source);
    return bySource == null ? 0 : bySource.get(outcome).sum();
  }

  private Map<Outcome, LongAdder> of(String source) {
    return counts.computeIfAbsent(
        source,
        s -> {
          Map<Outcome, LongAdder> m = new EnumMap<>(Outcome.class);
          for (Outcome o : Outcome.values()) {
            m.put(o, new LongAdder());
          }
          return m;
        });
  }

  @Override
  public List<MetricFamily> collect() {
    List<MetricFamily.Sample> samples = new ArrayList<>();
    counts.forEach(
        (source, outcomes) ->
            outcomes.forEach(
                (outcome, n) ->
                    samples.add(
                        MetricFamily.Sample.of(
                            "beacon_webhook_requests_total",
                            n.sum(),
                            "source",
                            source,
                            "outcome",
                            outcome.label()))));
    return List.of(
        MetricFamily.counter(
            "beacon_webhook_requests_total",
            "Webhook requests received, by source and how they ended.",
            samples));
  }
}
