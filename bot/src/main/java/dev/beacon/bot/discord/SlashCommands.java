package dev.beacon.bot.discord;

import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * Maps the dispatcher's command specs to Discord slash commands: a two-word name such as {@code
 * incident declare} becomes subcommand {@code declare} of {@code /incident}; a one-word name is a
 * top-level command. Options keep their names, required ones first (Discord insists).
 */
public final class SlashCommands {

  /** Discord's limit on command and option descriptions. */
  static final int MAX_DESCRIPTION = 100;

  private static final Map<String, String> GROUP_DESCRIPTIONS =
      Map.of("incident", "Declare and work on incidents");

  private SlashCommands() {}

  /** The slash commands for {@code specs}, in the specs' order of first appearance. */
  public static List<SlashCommandData> from(List<CommandSpec> specs) {
    Map<String, SlashCommandData> byName = new LinkedHashMap<>();
    for (CommandSpec spec : specs) {
      String[] words = spec.name().split(" ");
      if (words.length == 1) {
        byName.put(words[0], Commands.slash(words[0], description(spec.description())));
        byName.get(words[0]).addOptions(options(spec));
      } else if (words.length == 2) {
        SlashCommandData group =
            byName.computeIfAbsent(
                words[0],
                g -> Commands.slash(g, description(GROUP_DESCRIPTIONS.getOrDefault(g, "/" + g))));
        group.addSubcommands(
            new SubcommandData(words[1], description(spec.description()))
                .addOptions(options(spec)));
      } else {
        throw new IllegalArgumentException(
            "command '" + spec.name() + "' has more than two words; Discord nests at most two");
      }
    }
    return List.copyOf(byName.values());
  }

  /** The dispatcher's name for a slash command and its subcommand (which may be null). */
  public static String commandName(String name, String subcommand) {
    return subcommand == null ? name : name + " " + subcommand;
  }

  private static List<OptionData> options(CommandSpec spec) {
    List<OptionSpec> ordered = new ArrayList<>(spec.options());
    // Stable sort: the positional order survives within required and within optional options.
    java.util.Set<String> fromForm = IncidentForms.suppliedFor(spec.name());
    // A form (modal) asks for what the command leaves out, so Discord must not insist on it.
    ordered.sort(Comparator.comparing(o -> !(o.required() && !fromForm.contains(o.name()))));
    return ordered.stream().map(o -> option(o, !fromForm.contains(o.name()))).toList();
  }

  private static OptionData option(OptionSpec spec, boolean requiredHere) {
    net.dv8tion.jda.api.interactions.commands.OptionType type =
        spec.type() == OptionType.BOOLEAN
            ? net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN
            : net.dv8tion.jda.api.interactions.commands.OptionType.STRING;
    OptionData data =
        new OptionData(
            type, spec.name(), description(spec.description()), spec.required() && requiredHere);
    if (spec.type() == OptionType.SEVERITY) {
      for (Severity s : Severity.values()) {
        data.addChoice(s.name(), s.name());
      }
    } else if (spec.type() == OptionType.ROLE) {
      for (Role r : Role.values()) {
        data.addChoice(r.label(), r.label());
      }
    } else if (Autocompleter.SUGGESTED.contains(spec.type())) {
      data.setAutoComplete(true);
    }
    return data;
  }

  static String description(String text) {
    String t = text == null || text.isBlank() ? "-" : text.strip();
    return t.length() <= MAX_DESCRIPTION ? t : t.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
