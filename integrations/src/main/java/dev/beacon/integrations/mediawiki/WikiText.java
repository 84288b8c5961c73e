package dev.beacon.integrations.mediawiki;

import java.util.ArrayList;
import java.util.List;

/**
 * Beacon's Markdown export as MediaWiki markup: headings, pipe tables, task and bullet lists,
 * paragraphs. Only the subset the export writes; anything else passes through as text, wrapped in
 * {@code <nowiki>} where wiki markup could misread it.
 */
public final class WikiText {

  private WikiText() {}

  /** The wikitext for {@code markdown}. */
  public static String fromMarkdown(String markdown) {
    List<String> out = new ArrayList<>();
    boolean inTable = false;
    boolean headerRow = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("|")) {
        List<String> cells = cells(line);
        if (cells.stream().allMatch(c -> c.matches("-{3,}"))) {
          continue; // the Markdown header separator
        }
        if (!inTable) {
          out.add("{| class=\"wikitable\"");
          inTable = true;
          headerRow = true;
        }
        out.add("|-");
        String marker = headerRow ? "! " : "| ";
        out.add(
            marker
                + String.join(
                    headerRow ? " !! " : " || ", cells.stream().map(WikiText::text).toList()));
        headerRow = false;
        continue;
      }
      if (inTable) {
        out.add("|}");
        inTable = false;
      }
      if (line.startsWith("### ")) {
        out.add("=== " + text(line.substring(4)) + " ===");
      } else if (line.startsWith("## ")) {
        out.add("== " + text(line.substring(3)) + " ==");
      } else if (line.startsWith("# ")) {
        out.add("= " + text(line.substring(2)) + " =");
      } else if (line.startsWith("- [ ] ")) {
        out.add("* ☐ " + text(line.substring(6)));
      } else if (line.startsWith("- [x] ")) {
        out.add("* ☑ " + text(line.substring(6)));
      } else if (line.startsWith("- ")) {
        out.add("* " + text(line.substring(2)));
      } else {
        out.add(text(line));
      }
    }
    if (inTable) {
      out.add("|}");
    }
    return String.join("\n", out);
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = row.strip();
    inner =
        inner.substring(
            1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  /** Text as the wiki should show it: its own markup characters neutralised, line breaks kept. */
  private static String text(String s) {
    String t = s.replace("\\|", "|").replace("<br>", "\u0000");
    boolean risky = t.matches(".*(\\[\\[|\\]\\]|\\{\\{|\\}\\}|''|~~~|__|\\||<|>|^[*#:;=!-]).*");
    String escaped = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    escaped = risky ? "<nowiki>" + escaped + "</nowiki>" : escaped;
    return escaped.replace("\u0000", "<br />");
  }
}
