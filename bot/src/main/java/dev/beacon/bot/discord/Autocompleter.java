package dev.beacon.bot.discord;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.Incident;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Suggests values as people type: services, people and sites from the catalogue, and the open
 * incidents (newest first), matching what was typed so far anywhere in the value.
 */
public final class Autocompleter extends ListenerAdapter {

  /** The option types Beacon suggests values for. */
  static final Set<OptionType> SUGGESTED =
      EnumSet.of(OptionType.INCIDENT, OptionType.SERVICES, OptionType.PERSON, OptionType.SITE);

  /** Discord shows at most 25 suggestions. */
  static final int MAX = 25;

  private final Map<String, OptionType> types = new HashMap<>();
  private final Map<OptionType, Supplier<List<String>>> values;

  /**
   * Suggestions for the options of {@code specs}, from {@code values} by option type (e.g. {@code
   * INCIDENT -> open incidents}).
   */
  public Autocompleter(List<CommandSpec> specs, Map<OptionType, Supplier<List<String>>> values) {
    for (CommandSpec spec : specs) {
      for (OptionSpec o : spec.options()) {
        types.put(spec.name() + "/" + o.name(), o.type());
      }
    }
    this.values = Map.copyOf(values);
  }

  /** Suggestions from {@code beacon}'s catalogue and open incidents (newest first). */
  public static Autocompleter of(Beacon beacon) {
    return new Autocompleter(
        beacon.commands().specs(),
        Map.of(
            OptionType.INCIDENT,
            () ->
                beacon.store().openIncidents().stream()
                    .sorted(Comparator.comparing(Incident::id).reversed())
                    .map(i -> i.id().toString())
                    .toList(),
            OptionType.SERVICES,
            () -> beacon.catalog().services().stream().map(ServiceInfo::id).toList(),
            OptionType.PERSON,
            () -> beacon.catalog().people().stream().map(Person::id).toList(),
            OptionType.SITE,
            () -> beacon.catalog().sites().stream().map(Site::id).toList()));
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    String command = SlashCommands.commandName(event.getName(), event.getSubcommandName());
    OptionType type = types.get(command + "/" + event.getFocusedOption().getName());
    List<String> suggestions = suggest(type, event.getFocusedOption().getValue());
    event.replyChoices(suggestions.stream().map(s -> new Command.Choice(s, s)).toList()).queue();
  }

  /** Up to {@link #MAX} values of {@code type} containing {@code typed}, in the source's order. */
  List<String> suggest(OptionType type, String typed) {
    if (type == null || !values.containsKey(type)) {
      return List.of();
    }
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return values.get(type).get().stream()
        .filter(v -> v.toLowerCase(Locale.ROOT).contains(t))
        .limit(MAX)
        .toList();
  }
}
