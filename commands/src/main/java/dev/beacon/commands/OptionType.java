package dev.beacon.commands;

/** The kind of value an option takes; adapters use it to offer the right input widget. */
public enum OptionType {
  /** Free text. */
  TEXT("text"),
  /** An incident reference such as {@code INC-42}. */
  INCIDENT("INC-n"),
  /** {@code SEV1}..{@code SEV4}. */
  SEVERITY("SEV1..SEV4"),
  /** A configured person's handle. */
  PERSON("person"),
  /** An incident role: commander, comms, scribe. */
  ROLE("commander|comms|scribe"),
  /** One or more service ids, comma-separated. */
  SERVICES("service[,service]"),
  /** A site id. */
  SITE("site"),
  /** {@code true} or {@code false}. */
  BOOLEAN("true|false");

  private final String placeholder;

  OptionType(String placeholder) {
    this.placeholder = placeholder;
  }

  /** How the value is shown in usage lines. */
  public String placeholder() {
    return placeholder;
  }
}
