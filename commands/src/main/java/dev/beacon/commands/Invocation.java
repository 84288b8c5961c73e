package dev.beacon.commands;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One use of a command: who, where, which command and with which option values (as text, the way
 * chat delivers them). Typed accessors turn the text into domain values or refuse with a {@link
 * CommandException} that says what was wrong.
 *
 * @param user who typed it, already mapped from the chat platform to a person
 * @param channel where it was typed (an adapter's channel name), or empty
 * @param command the command's name: {@code incident declare}
 * @param options option name to raw value
 */
public record Invocation(Actor user, String channel, String command, Map<String, String> options) {

  /** Copies the options. */
  public Invocation {
    channel = channel == null ? "" : channel;
    options = Map.copyOf(options);
  }

  /** The raw value of an option, if given and not blank. */
  public Optional<String> raw(String name) {
    return Optional.ofNullable(options.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The text of a required option. */
  public String text(String name) {
    return raw(name).orElseThrow(() -> new CommandException("Give " + name + ":<text>."));
  }

  /** The text of an optional option, or empty. */
  public String textOrEmpty(String name) {
    return raw(name).orElse("");
  }

  /** A required incident reference. */
  public IncidentId incident(String name) {
    return parse(name, IncidentId::parse);
  }

  /** An optional incident reference. */
  public Optional<IncidentId> optionalIncident(String name) {
    return raw(name).map(v -> parse(name, IncidentId::parse));
  }

  /** A required severity. */
  public Severity severity(String name) {
    return parse(name, Severity::parse);
  }

  /** A required role. */
  public Role role(String name) {
    return parse(name, Role::parse);
  }

  /** A boolean option, {@code fallback} when absent. */
  public boolean flag(String name, boolean fallback) {
    return raw(name)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true", "yes", "y", "1" -> true;
                  case "false", "no", "n", "0" -> false;
                  default ->
                      throw new CommandException(
                          name + ":" + v + " is not true or false; write " + name + ":true.");
                })
        .orElse(fallback);
  }

  /** A comma-separated list, empty when absent. */
  public List<String> list(String name) {
    return raw(name)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.toList())
        .orElse(List.of());
  }

  private <T> T parse(String name, java.util.function.Function<String, T> parser) {
    String value = raw(name).orElseThrow(() -> new CommandException("Give " + name + ":<value>."));
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new CommandException(name + ": " + e.getMessage());
    }
  }
}
