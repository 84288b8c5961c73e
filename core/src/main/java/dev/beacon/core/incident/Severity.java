package dev.beacon.core.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How badly an incident hurts: SEV1 (critical business impact) to SEV4 (minor). */
public enum Severity {
  SEV1("critical business impact"),
  SEV2("major impact"),
  SEV3("moderate impact"),
  SEV4("minor impact");

  private final String meaning;

  Severity(String meaning) {
    this.meaning = meaning;
  }

  /** A short phrase saying what this severity means to the business. */
  public String meaning() {
    return meaning;
  }

  /**
   * Parses {@code SEV2}, {@code sev2} or {@code 2}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity parse(String text) {
    String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (t.matches("[1-4]")) {
      t = "SEV" + t;
    }
    for (Severity s : values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a severity; use one of " + names());
  }

  /** The accepted names, e.g. {@code SEV1, SEV2, SEV3, SEV4}. */
  public static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
