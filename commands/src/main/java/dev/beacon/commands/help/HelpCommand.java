package dev.beacon.commands.help;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@code /help}: every command with its usage, or one command's options in detail. */
public final class HelpCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "help",
          "List the commands, or explain one",
          OptionSpec.optional("command", OptionType.TEXT, "e.g. \"incident declare\""));

  private final Supplier<List<CommandSpec>> specs;

  /** Describes the commands {@code specs} returns (including itself). */
  public HelpCommand(Supplier<List<CommandSpec>> specs) {
    this.specs = specs;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    String wanted = inv.textOrEmpty("command").replaceFirst("^/", "");
    if (!wanted.isEmpty()) {
      CommandSpec spec =
          specs.get().stream()
              .filter(s -> s.name().equals(wanted) || s.name().equals("incident " + wanted))
              .findFirst()
              .orElse(null);
      if (spec == null) {
        return Reply.error(
            "There is no command /"
                + wanted
                + ". Commands: "
                + specs.get().stream().map(s -> "/" + s.name()).collect(Collectors.joining(", "))
                + ".");
      }
      String options =
          spec.options().stream()
              .map(
                  o ->
                      "  "
                          + o.name()
                          + ":<"
                          + o.type().placeholder()
                          + ">"
                          + (o.required() ? " (required)" : "")
                          + "  "
                          + o.description())
              .collect(Collectors.joining("\n"));
      return Reply.of("/" + spec.name() + ": " + spec.description(), spec.usage() + "\n" + options)
          .ephemeralCopy();
    }
    String all =
        specs.get().stream()
            .map(s -> s.usage() + "\n    " + s.description())
            .collect(Collectors.joining("\n"));
    return Reply.of(
            "Commands",
            all
                + "\nValues with spaces go in quotes: title:\"Payments API 5xx\"."
                + " The incident may be given without its name: /incident ack INC-1.")
        .ephemeralCopy();
  }
}
