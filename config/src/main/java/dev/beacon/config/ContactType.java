package dev.beacon.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The channels Beacon can page a person through. */
public enum ContactType {
  DISCORD_DM("discord-dm"),
  PAGERDUTY("pagerduty"),
  OPSGENIE("opsgenie"),
  WEBHOOK("webhook");

  private final String label;

  ContactType(String label) {
    this.label = label;
  }

  /** The word used in the file, e.g. {@code discord-dm}. */
  public String label() {
    return label;
  }

  /**
   * Parses a label such as {@code pagerduty}.
   *
   * @throws IllegalArgumentException naming the accepted labels
   */
  public static ContactType parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (ContactType type : values()) {
      if (type.label.equals(t)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a contact type; use one of " + labels());
  }

  /** The accepted labels, comma-separated. */
  public static String labels() {
    return Arrays.stream(values()).map(ContactType::label).collect(Collectors.joining(", "));
  }
}
