package dev.beacon.core.incident;

import java.util.Locale;

/**
 * Where an incident is in its life: {@code declared -> acknowledged -> mitigated -> resolved ->
 * closed}. Which actions each status allows is {@link Action}'s business.
 */
public enum Status {
  DECLARED,
  ACKNOWLEDGED,
  MITIGATED,
  RESOLVED,
  CLOSED;

  /** Lower-case word for messages, e.g. {@code acknowledged}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True until the incident is resolved: someone is still working on it. */
  public boolean isOpen() {
    return this == DECLARED || this == ACKNOWLEDGED || this == MITIGATED;
  }
}
