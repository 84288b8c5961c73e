package dev.beacon.core.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A role in an incident's response; one person may hold several. */
public enum Role {
  COMMANDER("commander", "leads the response and decides"),
  COMMS_LEAD("comms", "keeps stakeholders informed"),
  SCRIBE("scribe", "keeps the timeline complete");

  private final String label;
  private final String duty;

  Role(String label, String duty) {
    this.label = label;
    this.duty = duty;
  }

  /** The word used in commands, e.g. {@code comms}. */
  public String label() {
    return label;
  }

  /** What the holder does. */
  public String duty() {
    return duty;
  }

  /**
   * Parses a role's label ({@code commander}, {@code comms}, {@code scribe}); also accepts {@code
   * comms-lead} and {@code comms_lead}.
   */
  public static Role parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (t.equals("comms-lead")) {
      t = "comms";
    }
    for (Role r : values()) {
      if (r.label.equals(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a role; use one of " + labels());
  }

  /** The accepted labels. */
  public static String labels() {
    return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
  }
}
