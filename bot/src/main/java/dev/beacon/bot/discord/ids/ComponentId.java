package dev.beacon.bot.discord.ids;

import dev.beacon.bot.discord.ids.InvalidComponentId.Reason;
import dev.beacon.core.incident.IncidentId;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed, versioned button or select-menu {@code custom_id}: {@code b1:ack:INC-42}. It always
 * stands for one chat command ({@link #commandLine()}), so pressing a button can never do more than
 * typing would.
 *
 * <p>Parsing is by hand, character by character, with no regular expressions: input is bounded to
 * Discord's 100 characters before anything else, only ASCII letters and digits are accepted where
 * the format has them (so Unicode look-alikes and non-ASCII digits are refused), and the whole
 * string must match, never a prefix.
 *
 * @param version the format version; this Beacon writes and reads only {@link #CURRENT_VERSION}
 * @param action what the button does
 * @param incident the incident it acts on
 */
public record ComponentId(int version, ComponentAction action, IncidentId incident) {

  /** The only format version this Beacon writes and reads. */
  public static final int CURRENT_VERSION = 1;

  /** Discord's limit for a {@code custom_id}. */
  public static final int MAX_LENGTH = 100;

  private static final String COMMAND_PREFIX = "/incident ";
  private static final String INCIDENT_PREFIX = "INC-";
  private static final String TYPE_IT =
      "type the command instead, e.g. /incident show INC-42 (see /help).";

  /** Validates the parts; only the current version can be built. */
  public ComponentId {
    if (version != CURRENT_VERSION) {
      throw new IllegalArgumentException(
          "this Beacon writes component ids of version "
              + CURRENT_VERSION
              + " only, got "
              + version);
    }
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(incident, "incident");
  }

  /** A current-version id for this action on this incident. */
  public static ComponentId of(ComponentAction action, IncidentId incident) {
    return new ComponentId(CURRENT_VERSION, action, incident);
  }

  /**
   * The {@code custom_id} to send to Discord, e.g. {@code b1:ack:INC-42}; at most {@value
   * #MAX_LENGTH} characters (the longest possible, a 19-digit incident number, is 30).
   */
  public String encode() {
    String encoded = "b" + version + ":" + action.code() + ":" + incident;
    if (encoded.length() > MAX_LENGTH) {
      throw new IllegalStateException("custom_id over " + MAX_LENGTH + " characters: " + encoded);
    }
    return encoded;
  }

  /**
   * The chat command this button stands for: {@code /incident ack INC-42}, {@code /incident
   * escalate INC-42}, {@code /incident resolve INC-42}, {@code /incident join INC-42}.
   */
  public String commandLine() {
    return COMMAND_PREFIX + action.verb() + " " + incident;
  }

  /**
   * The button for a command line exactly as {@link #commandLine()} writes it ({@code /incident ack
   * INC-42}: single spaces, canonical {@code INC-<number>}); empty for anything else, including
   * commands that have no button.
   */
  public static Optional<ComponentId> fromCommandLine(String line) {
    if (line == null || line.length() > MAX_LENGTH || !line.startsWith(COMMAND_PREFIX)) {
      return Optional.empty();
    }
    String rest = line.substring(COMMAND_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    Optional<ComponentAction> action = ComponentAction.fromVerb(rest.substring(0, space));
    Optional<IncidentId> incident = canonicalIncident(rest.substring(space + 1));
    if (action.isEmpty() || incident.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(action.get(), incident.get()));
  }

  /**
   * Reads a {@code custom_id} that Discord sent back.
   *
   * @throws InvalidComponentId saying, in words for the person who pressed the button, what to do
   *     instead
   */
  public static ComponentId parse(String customId) {
    if (customId == null || customId.isBlank()) {
      throw new InvalidComponentId(
          Reason.MISSING, "This button carries no Beacon reference; " + TYPE_IT);
    }
    if (customId.length() > MAX_LENGTH) {
      throw new InvalidComponentId(
          Reason.TOO_LONG,
          "This button's reference is longer than Discord allows, so it is not Beacon's; "
              + TYPE_IT);
    }
    int first = customId.indexOf(':');
    int second = first < 0 ? -1 : customId.indexOf(':', first + 1);
    if (second < 0 || customId.indexOf(':', second + 1) >= 0) {
      throw malformed();
    }
    int version = version(customId.substring(0, first));
    String code = customId.substring(first + 1, second);
    String incidentText = customId.substring(second + 1);
    if (version != CURRENT_VERSION) {
      throw wrongVersion(version, code, incidentText);
    }
    ComponentAction action =
        ComponentAction.fromCode(code)
            .orElseThrow(
                () ->
                    new InvalidComponentId(
                        Reason.UNKNOWN_ACTION,
                        "This button asks for an unknown action" + quoted(code) + "; " + TYPE_IT));
    IncidentId incident =
        canonicalIncident(incidentText)
            .orElseThrow(
                () ->
                    new InvalidComponentId(
                        Reason.BAD_INCIDENT,
                        "This button names no valid incident"
                            + quoted(incidentText)
                            + "; type /incident "
                            + action.verb()
                            + " with the incident, e.g. /incident "
                            + action.verb()
                            + " INC-42."));
    return new ComponentId(version, action, incident);
  }

  private static InvalidComponentId malformed() {
    return new InvalidComponentId(
        Reason.MALFORMED, "This button's reference is malformed; " + TYPE_IT);
  }

  /** {@code b} and 1 to 9 ASCII digits without a leading zero; anything else is malformed. */
  private static int version(String text) {
    if (text.length() < 2
        || text.length() > 10
        || text.charAt(0) != 'b'
        || (text.charAt(1) == '0' && text.length() > 2)) {
      throw malformed();
    }
    for (int i = 1; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        throw malformed();
      }
    }
    return Integer.parseInt(text, 1, text.length(), 10);
  }

  private static InvalidComponentId wrongVersion(int version, String code, String incidentText) {
    // Best effort: if the rest still reads like today's format, name the exact command to type.
    Optional<ComponentAction> action = ComponentAction.fromCode(code);
    Optional<IncidentId> incident = canonicalIncident(incidentText);
    String instead =
        action.isPresent() && incident.isPresent()
            ? "run " + of(action.get(), incident.get()).commandLine() + " instead."
            : TYPE_IT;
    if (version < CURRENT_VERSION) {
      return new InvalidComponentId(
          Reason.OLDER_VERSION, "This button is from an older Beacon; " + instead);
    }
    return new InvalidComponentId(
        Reason.NEWER_VERSION,
        "This button is from a newer Beacon than the one answering; " + instead);
  }

  /**
   * {@code INC-} and 1 to 19 ASCII digits, no leading zero, within {@code long}, at least 1:
   * exactly what {@link IncidentId#toString()} writes.
   */
  private static Optional<IncidentId> canonicalIncident(String text) {
    if (!text.startsWith(INCIDENT_PREFIX)) {
      return Optional.empty();
    }
    int length = text.length() - INCIDENT_PREFIX.length();
    if (length < 1 || length > 19 || text.charAt(INCIDENT_PREFIX.length()) == '0') {
      return Optional.empty();
    }
    for (int i = INCIDENT_PREFIX.length(); i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          new IncidentId(Long.parseLong(text, INCIDENT_PREFIX.length(), text.length(), 10)));
    } catch (NumberFormatException overflow) {
      return Optional.empty();
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Echoes a fragment back only when it is short, printable ASCII: never hostile input. */
  private static String quoted(String fragment) {
    if (fragment.isEmpty() || fragment.length() > 24) {
      return "";
    }
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c < 0x21 || c > 0x7e || c == '`' || c == '\'' || c == '@') {
        return "";
      }
    }
    return " ('" + fragment + "')";
  }
}
