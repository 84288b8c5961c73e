package dev.beacon.bot.discord.ids;

import dev.beacon.bot.discord.ids.InvalidComponentId.Reason;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code custom_id} of a Beacon form (a Discord modal): {@code f1:close:incident=INC-4}. It
 * names the {@code /incident} verb the form completes and carries the options already given with
 * the command that are not fields of the form, so a form submitted after Beacon restarted still
 * knows what it was for. Values are percent-encoded; the whole id is at most 100 characters.
 *
 * @param verb the {@code /incident} verb, e.g. {@code close}
 * @param carried option name to value
 */
public record FormId(String verb, Map<String, String> carried) {

  private static final String PREFIX = "f1:";

  /** Copies the options, keeping their order. */
  public FormId {
    carried = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carried));
  }

  /** The {@code custom_id}, or empty when it would exceed Discord's 100 characters. */
  public Optional<String> encode() {
    StringBuilder id = new StringBuilder(PREFIX).append(verb).append(':');
    String separator = "";
    for (Map.Entry<String, String> e : carried.entrySet()) {
      id.append(separator).append(e.getKey()).append('=').append(escape(e.getValue()));
      separator = ";";
    }
    return id.length() <= ComponentId.MAX_LENGTH ? Optional.of(id.toString()) : Optional.empty();
  }

  /** Whether {@code customId} is a form's (rather than a button's). */
  public static boolean isForm(String customId) {
    return customId != null && customId.startsWith(PREFIX);
  }

  /**
   * Reads a form's {@code custom_id}.
   *
   * @throws InvalidComponentId saying what to do instead, for the person who submitted it
   */
  public static FormId parse(String customId) {
    if (customId == null || customId.length() > ComponentId.MAX_LENGTH || !isForm(customId)) {
      throw malformed();
    }
    String rest = customId.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 1 || !rest.substring(0, colon).matches("[a-z]+")) {
      throw malformed();
    }
    Map<String, String> carried = new LinkedHashMap<>();
    String options = rest.substring(colon + 1);
    if (!options.isEmpty()) {
      for (String pair : options.split(";", -1)) {
        int eq = pair.indexOf('=');
        if (eq < 1 || !pair.substring(0, eq).matches("[a-z][a-z-]*")) {
          throw malformed();
        }
        try {
          carried.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          throw malformed();
        }
      }
    }
    return new FormId(rest.substring(0, colon), carried);
  }

  private static String escape(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static InvalidComponentId malformed() {
    return new InvalidComponentId(
        Reason.MALFORMED,
        "This form carries no Beacon reference Beacon can read; run the command again, or type it"
            + " with all its options (see /help).");
  }
}
