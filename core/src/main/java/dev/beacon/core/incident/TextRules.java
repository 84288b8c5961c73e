package dev.beacon.core.incident;

/**
 * What free text a use case accepts: at most a given number of characters (code points), no control
 * or invisible formatting characters (line breaks, tabs and the joiners emoji need are fine), and
 * text of only spaces counts as empty. A refusal says what to change.
 */
public final class TextRules {

  private TextRules() {}

  /**
   * The text, stripped; empty when it is only spaces.
   *
   * @throws IncidentException when it is too long or holds a control or invisible character
   */
  static String check(String text, String what, int max) {
    String t = text == null ? "" : text.replace("\r\n", "\n").strip();
    int length = t.codePointCount(0, t.length());
    if (length > max) {
      throw new IncidentException(
          IncidentException.Kind.INVALID,
          "The " + what + " is " + length + " characters long; keep it to " + max + ".");
    }
    t.codePoints()
        .filter(TextRules::unprintable)
        .findFirst()
        .ifPresent(
            cp -> {
              throw new IncidentException(
                  IncidentException.Kind.INVALID,
                  String.format(
                      "The %s contains an invisible or control character (U+%04X); remove it.",
                      what, cp));
            });
    return t.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))
        ? ""
        : t;
  }

  /**
   * {@code text} made acceptable for {@code check}: unprintable characters and (when {@code
   * oneLine}) line breaks and tabs become spaces, and it is cut to {@code max} code points. For
   * text from machines (alerts), which Beacon takes as it can rather than refuse.
   */
  public static String clean(String text, int max, boolean oneLine) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text.replace("\r\n", "\n"))
        .strip()
        .codePoints()
        .limit(max)
        .forEach(
            cp ->
                out.appendCodePoint(
                    unprintable(cp) || (oneLine && (cp == '\n' || cp == '\t')) ? ' ' : cp));
    return out.toString().strip();
  }

  /** Control and format characters, except line breaks, tabs and the joiners emoji need. */
  private static boolean unprintable(int cp) {
    if (cp == '\n' || cp == '\t' || cp == 0x200C || cp == 0x200D) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE;
  }
}
