package dev.beacon.commands;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the command for an invocation, checks its options against the command's spec, runs the
 * filters and the command, and turns every failure into a reply: a user's mistake into an ephemeral
 * error with the usage, anything unexpected into an error naming a reference that is also in the
 * log. It never throws.
 */
public final class CommandDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(CommandDispatcher.class);

  private final Map<String, ChatCommand> commands = new LinkedHashMap<>();
  private final List<CommandFilter> filters;

  /** Dispatches to {@code commands} (in help order) through {@code filters} (in order). */
  public CommandDispatcher(List<ChatCommand> commands, List<CommandFilter> filters) {
    for (ChatCommand c : commands) {
      if (this.commands.putIfAbsent(c.spec().name(), c) != null) {
        throw new IllegalArgumentException("two commands are called " + c.spec().name());
      }
    }
    this.filters = List.copyOf(filters);
  }

  /** The specs of all commands, in help order. */
  public List<CommandSpec> specs() {
    return commands.values().stream().map(ChatCommand::spec).toList();
  }

  /** Parses a typed line and runs it as {@code user} in {@code channel}. */
  public Reply dispatchLine(Actor user, String channel, String line) {
    CommandLine parsed;
    try {
      parsed = CommandLine.parse(line);
    } catch (CommandException e) {
      return Reply.error(e.getMessage());
    }
    Optional<ChatCommand> match = longestMatch(parsed.words());
    if (match.isEmpty()) {
      return Reply.error(unknownCommand(parsed.words()));
    }
    ChatCommand command = match.get();
    CommandSpec spec = command.spec();
    int nameWords = spec.name().split(" ").length;
    List<String> positional = parsed.words().subList(nameWords, parsed.words().size());
    Map<String, String> options = new HashMap<>(parsed.named());
    List<OptionSpec> open =
        spec.options().stream().filter(o -> !options.containsKey(o.name())).toList();
    boolean lastTakesRest = !open.isEmpty() && open.get(open.size() - 1).type() == OptionType.TEXT;
    if (positional.size() > open.size() && lastTakesRest) {
      List<String> joined = new ArrayList<>(positional.subList(0, open.size() - 1));
      joined.add(String.join(" ", positional.subList(open.size() - 1, positional.size())));
      positional = joined;
    }
    if (positional.size() > open.size()) {
      return usageError(
          spec,
          "Unexpected value '"
              + positional.get(open.size())
              + "'. Give values as name:value; text with spaces goes in quotes.");
    }
    for (int i = 0; i < positional.size(); i++) {
      options.put(open.get(i).name(), positional.get(i));
    }
    return dispatch(new Invocation(user, channel, spec.name(), options));
  }

  /** Runs an invocation whose options are already named (as chat platforms deliver them). */
  public Reply dispatch(Invocation invocation) {
    ChatCommand command = commands.get(invocation.command());
    if (command == null) {
      return Reply.error(unknownCommand(List.of(invocation.command().split(" "))));
    }
    try {
      Optional<String> problem = checkOptions(command.spec(), invocation);
      if (problem.isPresent()) {
        return usageError(command.spec(), problem.get());
      }
      return chain(0, command).proceed(invocation);
    } catch (CommandException e) {
      return usageError(command.spec(), e.getMessage());
    } catch (IncidentException e) {
      return Reply.error(e.getMessage());
    } catch (StoreException e) {
      LOG.error("/{} by {}: {}", invocation.command(), invocation.user(), e.getMessage());
      return Reply.error("Nothing was changed: " + e.getMessage());
    } catch (RuntimeException e) {
      String ref = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("ref {}: /{} by {} failed", ref, invocation.command(), invocation.user(), e);
      return Reply.error(
          "Something went wrong on Beacon's side (ref "
              + ref
              + "). Try again; if it keeps failing, give the ref to whoever runs Beacon.");
    }
  }

  private CommandFilter.Chain chain(int index, ChatCommand command) {
    if (index == filters.size()) {
      return command::handle;
    }
    return inv -> filters.get(index).apply(inv, command, chain(index + 1, command));
  }

  private Optional<ChatCommand> longestMatch(List<String> words) {
    for (int n = Math.min(2, words.size()); n >= 1; n--) {
      String name = String.join(" ", words.subList(0, n));
      ChatCommand c = commands.get(name.toLowerCase(java.util.Locale.ROOT));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private String unknownCommand(List<String> words) {
    if (words.isEmpty()) {
      return "Type a command after the slash, e.g. /help.";
    }
    String typed = String.join(" ", words.subList(0, Math.min(2, words.size())));
    List<String> names = new ArrayList<>(commands.keySet());
    String hint =
        Suggestions.closest(typed, names).map(n -> " Did you mean /" + n + "?").orElse("");
    String family =
        names.stream()
            .filter(n -> n.startsWith(words.get(0) + " "))
            .map(n -> n.substring(words.get(0).length() + 1))
            .collect(Collectors.joining(", "));
    String list =
        family.isEmpty()
            ? " Commands: "
                + names.stream().map(n -> "/" + n).collect(Collectors.joining(", "))
                + "."
            : " /" + words.get(0) + " takes: " + family + ".";
    return "Unknown command /" + typed + "." + hint + list + " Type /help for usage.";
  }

  private static Optional<String> checkOptions(CommandSpec spec, Invocation invocation) {
    List<String> known = spec.options().stream().map(OptionSpec::name).toList();
    for (String name : invocation.options().keySet()) {
      if (!known.contains(name)) {
        String hint =
            Suggestions.closest(name, known).map(k -> " Did you mean " + k + ":?").orElse("");
        return Optional.of(
            "/"
                + spec.name()
                + " has no option "
                + name
                + ":."
                + hint
                + (known.isEmpty()
                    ? " It takes no options."
                    : " Options: " + String.join(", ", known) + "."));
      }
    }
    List<String> missing =
        spec.options().stream()
            .filter(o -> o.required() && invocation.raw(o.name()).isEmpty())
            .map(o -> o.name() + ":<" + o.type().placeholder() + ">")
            .toList();
    if (!missing.isEmpty()) {
      return Optional.of("Missing " + String.join(" and ", missing) + ".");
    }
    return Optional.empty();
  }

  private static Reply usageError(CommandSpec spec, String message) {
    return Reply.error(message + "\nUsage: " + spec.usage());
  }
}
