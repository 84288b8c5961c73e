package dev.beacon.commands.incident;

import dev.beacon.commands.CommandException;
import dev.beacon.core.incident.FollowUp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Follow-up actions as people type them: separated by {@code ;}, each a sentence with optionally an
 * owner ({@code @alice}) and a due date ({@code due:2026-12-01}) anywhere in it: {@code Alert
 * before certificates expire @alice due:2026-12-01; Automate renewal}.
 */
final class FollowUpSyntax {

  private FollowUpSyntax() {}

  /** The actions in {@code text}; blanks between separators are skipped. */
  static List<FollowUp> parse(String text) {
    List<FollowUp> actions = new ArrayList<>();
    for (String item : text.split(";")) {
      if (!item.isBlank()) {
        actions.add(one(item.strip()));
      }
    }
    return actions;
  }

  private static FollowUp one(String item) {
    Optional<String> owner = Optional.empty();
    Optional<LocalDate> due = Optional.empty();
    List<String> words = new ArrayList<>();
    for (String word : item.split("\\s+")) {
      if (word.startsWith("@") && word.length() > 1) {
        if (owner.isPresent()) {
          throw new CommandException(
              "'" + item + "' names two owners; give each follow-up one (@alice).");
        }
        owner = Optional.of(word.substring(1));
      } else if (word.startsWith("due:")) {
        due = Optional.of(date(word.substring(4), item));
      } else {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      throw new CommandException(
          "'" + item + "' says who and when but not what; write the action too.");
    }
    return new FollowUp(String.join(" ", words), owner, due);
  }

  private static LocalDate date(String text, String item) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandException(
          "due:" + text + " in '" + item + "' is not a date; write it like due:2026-12-01.");
    }
  }
}
