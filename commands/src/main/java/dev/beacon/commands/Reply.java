package dev.beacon.commands;

import java.util.List;

/**
 * What a command answers, platform-neutral: a title, text, labelled fields and buttons. Ephemeral
 * replies are shown only to the person who typed the command (errors, help).
 *
 * @param title one line, may be empty
 * @param text body text, may be empty
 * @param fields labelled values
 * @param buttons actions offered
 * @param ephemeral only for the invoking person
 * @param error the command was refused
 */
public record Reply(
    String title,
    String text,
    List<Field> fields,
    List<Button> buttons,
    boolean ephemeral,
    boolean error) {

  /** Copies lists and normalises absent text. */
  public Reply {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    fields = List.copyOf(fields);
    buttons = List.copyOf(buttons);
  }

  /** A public reply with a title and text. */
  public static Reply of(String title, String text) {
    return new Reply(title, text, List.of(), List.of(), false, false);
  }

  /** A refusal, shown only to the person who asked. */
  public static Reply error(String text) {
    return new Reply("", text, List.of(), List.of(), true, true);
  }

  /** This reply, shown only to the person who asked. */
  public Reply ephemeralCopy() {
    return new Reply(title, text, fields, buttons, true, error);
  }
}
