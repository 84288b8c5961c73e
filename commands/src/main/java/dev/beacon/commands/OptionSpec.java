package dev.beacon.commands;

/**
 * One option a command takes.
 *
 * @param name lower-case, as typed before the colon: {@code severity}
 * @param type the kind of value
 * @param required whether the command refuses to run without it
 * @param description one line for help and chat clients
 */
public record OptionSpec(String name, OptionType type, boolean required, String description) {

  /** A required option. */
  public static OptionSpec required(String name, OptionType type, String description) {
    return new OptionSpec(name, type, true, description);
  }

  /** An optional option. */
  public static OptionSpec optional(String name, OptionType type, String description) {
    return new OptionSpec(name, type, false, description);
  }

  /** {@code name:<placeholder>}, in brackets when optional. */
  public String usage() {
    String u = name + ":<" + type.placeholder() + ">";
    return required ? u : "[" + u + "]";
  }
}
