package dev.beacon.core.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Immutable copies of result maps in key order, so pages and charts list groups stably. */
final class Sorted {

  private Sorted() {}

  static <K extends Comparable<? super K>, V> Map<K, V> copy(Map<K, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
