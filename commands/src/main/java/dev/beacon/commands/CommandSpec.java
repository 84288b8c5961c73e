package dev.beacon.commands;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a command is called, what it does and which options it takes. Positional values fill the
 * options in the order given here.
 *
 * @param name the words after the slash: {@code incident declare}
 * @param description one line
 * @param options in positional order
 */
public record CommandSpec(String name, String description, List<OptionSpec> options) {

  /** Copies the option list. */
  public CommandSpec {
    options = List.copyOf(options);
  }

  /** A spec with the given options. */
  public static CommandSpec of(String name, String description, OptionSpec... options) {
    return new CommandSpec(name, description, List.of(options));
  }

  /** The option called {@code optionName}. */
  public Optional<OptionSpec> option(String optionName) {
    return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
  }

  /** The usage line: {@code /incident ack incident:<INC-n>}. */
  public String usage() {
    return "/" + name + options.stream().map(o -> " " + o.usage()).collect(Collectors.joining());
  }
}
