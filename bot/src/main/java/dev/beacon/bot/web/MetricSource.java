package dev.beacon.bot.web;

import java.util.List;

/** Something that has metrics to show at {@code /metrics}; asked at every scrape. */
@FunctionalInterface
public interface MetricSource {

  /** The families as they stand now. */
  List<MetricFamily> collect();
}
