package dev.beacon.core.incident;

import java.util.Locale;

/**
 * An incident's number: monotonic, never reused, shown as {@code INC-42}.
 *
 * @param number positive
 */
public record IncidentId(long number) implements Comparable<IncidentId> {

  /** Rejects numbers below one. */
  public IncidentId {
    if (number < 1) {
      throw new IllegalArgumentException("incident numbers start at 1, got " + number);
    }
  }

  /**
   * Parses {@code INC-42}, {@code inc-42}, {@code #42} or {@code 42}.
   *
   * @throws IllegalArgumentException saying what an incident reference looks like
   */
  public static IncidentId parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (t.startsWith("INC-")) {
      t = t.substring(4);
    } else if (t.startsWith("#")) {
      t = t.substring(1);
    }
    if (!t.matches("[0-9]{1,18}") || Long.parseLong(t) < 1) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an incident reference; write it like INC-42");
    }
    return new IncidentId(Long.parseLong(t));
  }

  @Override
  public String toString() {
    return "INC-" + number;
  }

  @Override
  public int compareTo(IncidentId other) {
    return Long.compare(number, other.number);
  }
}
