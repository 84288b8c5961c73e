package dev.beacon.bot.web.pages;

import java.util.Locale;

/**
 * HTML for the review pages: the one escaping rule every user-supplied string goes through, safe
 * links, and the page frame with its small inline style sheet.
 */
public final class Html {

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:72rem;color:#222}"
          + "table{border-collapse:collapse;margin:.5rem 0}"
          + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
          + "th{background:#f3f3f3}.tag{background:#fde68a;padding:0 .3rem;border-radius:3px}"
          + ".muted{color:#777}form label{margin-right:.75rem}"
          + ".withdrawn{text-decoration:line-through;color:#777}";

  private Html() {}

  /**
   * {@code text} as HTML text or a quoted attribute value: {@code & < > " '} become character
   * references, so nothing in it can open a tag, end an attribute or start an entity.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A link to {@code url} labelled {@code label}, both escaped; only http(s) addresses become links
   * (a {@code javascript:} address would run), anything else is shown as text.
   */
  public static String link(String url, String label) {
    String u = url == null ? "" : url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return "<a href=\"" + escape(u) + "\">" + escape(label) + "</a>";
    }
    return escape(label);
  }

  /** A whole page: {@code title} (escaped here) and {@code body} (already HTML). */
  public static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + " - Beacon</title><style>"
        + STYLE
        + "</style></head><body>\n"
        + body
        + "\n</body></html>\n";
  }

  /** A short page for an error or refusal: a heading and one escaped message. */
  public static String message(String heading, String text) {
    return page(
        heading,
        "<h1>"
            + escape(heading)
            + "</h1>\n<p>"
            + escape(text)
            + "</p>\n<p><a href=\"/review/incidents\">All incidents</a></p>");
  }
}
