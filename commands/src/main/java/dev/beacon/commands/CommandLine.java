package dev.beacon.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command as typed in text: {@code /incident declare title:"Payments API 5xx" severity:SEV2}.
 * Bare words are the command name followed by positional values; {@code name:value} pairs are
 * options (names are case-insensitive); values with spaces go in double quotes, inside which {@code
 * \"} is a quote and {@code \\} a backslash; any other backslash is kept as typed.
 *
 * @param words bare words in order (command name first, then positional values)
 * @param named option name to value, in the order typed
 */
public record CommandLine(List<String> words, Map<String, String> named) {

  /** Longest line accepted, so a pasted log cannot make a command. */
  public static final int MAX_LENGTH = 8000;

  private static final Pattern OPTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");

  /** Copies the collections. */
  public CommandLine {
    words = List.copyOf(words);
    named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
  }

  /**
   * Parses a line.
   *
   * @throws CommandException for an unclosed quote, a repeated option, a missing slash or an
   *     over-long line
   */
  public static CommandLine parse(String line) {
    String text = line == null ? "" : line.strip();
    if (text.length() > MAX_LENGTH) {
      throw new CommandException(
          "That command is "
              + text.length()
              + " characters long; keep it under "
              + MAX_LENGTH
              + ". Put long text in several notes.");
    }
    if (!text.startsWith("/")) {
      throw new CommandException("Commands start with a slash, e.g. /incident declare or /help.");
    }
    text = text.substring(1);
    List<String> words = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      String name = null;
      int colon = optionColon(text, i);
      if (colon > 0) {
        name = text.substring(i, colon).toLowerCase(java.util.Locale.ROOT);
        i = colon + 1;
      }
      StringBuilder value = new StringBuilder();
      i = readValue(text, i, value, start);
      if (name == null) {
        words.add(value.toString());
      } else if (named.putIfAbsent(name, value.toString()) != null) {
        throw new CommandException("Option " + name + ": is given twice; give it once.");
      }
    }
    return new CommandLine(words, named);
  }

  /** Index of the colon if an option name starts at {@code i}, else -1. */
  private static int optionColon(String text, int i) {
    int j = i;
    while (j < text.length()
        && !Character.isWhitespace(text.charAt(j))
        && text.charAt(j) != ':'
        && text.charAt(j) != '"') {
      j++;
    }
    if (j < text.length()
        && text.charAt(j) == ':'
        && OPTION_NAME.matcher(text.substring(i, j)).matches()) {
      return j;
    }
    return -1;
  }

  private static int readValue(String text, int i, StringBuilder out, int tokenStart) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201c') {
        i = readQuoted(text, i + 1, out, tokenStart);
      } else {
        out.append(c);
        i++;
      }
    }
    return i;
  }

  private static int readQuoted(String text, int i, StringBuilder out, int tokenStart) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\'
          && i + 1 < text.length()
          && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
        out.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '"' || c == '\u201d') {
        return i + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    String from = text.substring(tokenStart, Math.min(text.length(), tokenStart + 30));
    throw new CommandException(
        "A quote opened in \"" + from + "\" is never closed; close it with \".");
  }
}
