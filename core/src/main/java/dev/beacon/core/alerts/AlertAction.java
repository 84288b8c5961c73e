package dev.beacon.core.alerts;

import java.util.Locale;

/** What an alert rule does with a firing alert group. */
public enum AlertAction {
  /** Declare an incident (or join the group's open one), which pages the owning team's on-call. */
  INCIDENT,
  /** Page the owning team's on-call person about the group, without an incident. */
  PAGE,
  /** Only post the alert to a chat channel. */
  POST;

  /** The word used in the file: {@code incident}, {@code page}, {@code post}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action called {@code text}. */
  public static AlertAction parse(String text) {
    for (AlertAction a : values()) {
      if (a.word().equals(text.strip())) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not an alert action; use incident, page or post");
  }
}
