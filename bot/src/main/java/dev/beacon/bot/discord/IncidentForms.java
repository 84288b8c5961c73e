package dev.beacon.bot.discord;

import dev.beacon.bot.discord.ids.FormId;
import dev.beacon.commands.Invocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The forms (Discord modals) that complete three commands when their text options are left out:
 * {@code /incident declare} without a title asks for the title and description, {@code /incident
 * update} without a status asks for status, impact and next steps, and {@code /incident close}
 * without the review asks for impact, root cause and follow-ups (one per line). Typed with all
 * options, a command runs at once, as in the console. Values already typed are filled in.
 */
public final class IncidentForms {

  /** One text field of a form: the command option it fills. */
  record Field(String option, String label, TextInputStyle style, boolean required, int max) {}

  /** A form: the command it completes, its title, and its fields. */
  record Form(String command, String title, List<Field> fields) {

    Set<String> options() {
      return fields.stream().map(Field::option).collect(Collectors.toSet());
    }

    /** Whether {@code invocation} lacks a field the form requires. */
    boolean needed(Invocation invocation) {
      return fields.stream().anyMatch(f -> f.required() && invocation.raw(f.option()).isEmpty());
    }
  }

  private static final int LONG = 1000;

  private static final List<Form> FORMS =
      List.of(
          new Form(
              "incident declare",
              "Declare an incident",
              List.of(
                  new Field(
                      "title",
                      "Title: what is wrong, in one line",
                      TextInputStyle.SHORT,
                      true,
                      200),
                  new Field(
                      "description",
                      "What is known so far",
                      TextInputStyle.PARAGRAPH,
                      false,
                      LONG))),
          new Form(
              "incident update",
              "Status update",
              List.of(
                  new Field("status", "Where things stand", TextInputStyle.PARAGRAPH, true, LONG),
                  new Field(
                      "impact", "Who and what is affected", TextInputStyle.PARAGRAPH, false, LONG),
                  new Field(
                      "next", "Next steps, and when", TextInputStyle.PARAGRAPH, false, LONG))),
          new Form(
              "incident close",
              "Close with the review",
              List.of(
                  new Field(
                      "impact",
                      "Impact: who was hurt, how long",
                      TextInputStyle.PARAGRAPH,
                      true,
                      LONG),
                  new Field("root-cause", "Root cause", TextInputStyle.PARAGRAPH, true, LONG),
                  new Field(
                      "contributing",
                      "Contributing factors",
                      TextInputStyle.PARAGRAPH,
                      false,
                      LONG),
                  new Field(
                      "follow-ups",
                      "Follow-ups, one per line (@owner due:date)",
                      TextInputStyle.PARAGRAPH,
                      false,
                      LONG))));

  private IncidentForms() {}

  /** The form of {@code command}, if it has one. */
  static Optional<Form> of(String command) {
    return FORMS.stream().filter(f -> f.command().equals(command)).findFirst();
  }

  /** The options a form can supply, which Discord must therefore not require in the command. */
  public static Set<String> suppliedFor(String command) {
    return of(command).map(Form::options).orElse(Set.of());
  }

  /**
   * The modal completing {@code invocation}, with what was typed filled in; empty when the options
   * it carries would not fit a {@code custom_id} (then the user must type them all).
   */
  static Optional<Modal> modal(Form form, Invocation invocation) {
    Map<String, String> carried = new LinkedHashMap<>();
    invocation
        .options()
        .forEach(
            (k, v) -> {
              if (!form.options().contains(k)) {
                carried.put(k, v);
              }
            });
    String verb = form.command().substring("incident ".length());
    Optional<String> id = new FormId(verb, carried).encode();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Modal.Builder modal = Modal.create(id.get(), form.title());
    for (Field f : form.fields()) {
      TextInput.Builder input =
          TextInput.create(f.option(), f.style()).setRequired(f.required()).setMaxLength(f.max());
      invocation.raw(f.option()).ifPresent(v -> input.setValue(cut(v, f.max())));
      modal.addComponents(Label.of(f.label(), input.build()));
    }
    return Optional.of(modal.build());
  }

  /**
   * The command a submitted form completes, with the carried options and the fields' values.
   * Follow-ups written one per line become the command's {@code ;}-separated list.
   */
  static Map<String, String> options(Form form, FormId id, Map<String, String> values) {
    Map<String, String> options = new LinkedHashMap<>(id.carried());
    for (Field f : form.fields()) {
      String v = values.getOrDefault(f.option(), "").strip();
      if (f.option().equals("follow-ups")) {
        v =
            v.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .map(l -> l.replace(";", ","))
                .collect(Collectors.joining(";"));
      }
      if (!v.isEmpty()) {
        options.put(f.option(), v);
      }
    }
    return options;
  }

  private static String cut(String v, int max) {
    return v.length() <= max ? v : v.substring(0, max);
  }
}
