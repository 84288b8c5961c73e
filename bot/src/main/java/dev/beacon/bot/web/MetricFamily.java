package dev.beacon.bot.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One metric as Prometheus sees it: a name, a help line, a type, and its samples (one per label
 * set; a histogram's samples are its {@code _bucket}, {@code _sum} and {@code _count} series).
 *
 * @param name the family's name, e.g. {@code beacon_incidents}
 * @param help one line saying what it measures
 * @param type counter, gauge, histogram or summary
 * @param samples every sample's name is {@code name} or {@code name} plus a suffix
 */
public record MetricFamily(String name, String help, Type type, List<Sample> samples) {

  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** The metric types of the text format. */
  public enum Type {
    COUNTER,
    GAUGE,
    HISTOGRAM,
    SUMMARY;

    /** As written after {@code # TYPE}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One value with its labels.
   *
   * @param name the series name: the family's name, or it with a suffix such as {@code _bucket}
   * @param labels label name to value, in the order given
   * @param value the value
   */
  public record Sample(String name, Map<String, String> labels, double value) {

    /** Checks the names; copies the labels, keeping their order. */
    public Sample {
      if (!METRIC_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("'" + name + "' is not a valid metric name");
      }
      for (String label : labels.keySet()) {
        if (!LABEL_NAME.matcher(label).matches() || label.startsWith("__")) {
          throw new IllegalArgumentException("'" + label + "' is not a valid label name");
        }
        Objects.requireNonNull(labels.get(label), "value of label " + label);
      }
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A sample with labels given as name, value, name, value... */
    public static Sample of(String name, double value, String... labelPairs) {
      if (labelPairs.length % 2 != 0) {
        throw new IllegalArgumentException("labels come in name-value pairs");
      }
      Map<String, String> labels = new LinkedHashMap<>();
      for (int i = 0; i < labelPairs.length; i += 2) {
        labels.put(labelPairs[i], labelPairs[i + 1]);
      }
      return new Sample(name, labels, value);
    }
  }

  /** Checks that every sample belongs to this family; copies the list. */
  public MetricFamily {
    if (!METRIC_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a valid metric name");
    }
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(type, "type");
    samples = List.copyOf(samples);
    for (Sample s : samples) {
      if (!s.name().startsWith(name)) {
        throw new IllegalArgumentException(
            "sample " + s.name() + " does not belong to family " + name);
      }
    }
  }

  /** A gauge: a value that goes up and down. */
  public static MetricFamily gauge(String name, String help, List<Sample> samples) {
    return new MetricFamily(name, help, Type.GAUGE, samples);
  }

  /** A counter: a total that only grows (until the process restarts). */
  public static MetricFamily counter(String name, String help, List<Sample> samples) {
    return new MetricFamily(name, help, Type.COUNTER, samples);
  }
}
