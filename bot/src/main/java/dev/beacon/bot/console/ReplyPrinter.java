package dev.beacon.bot.console;

import dev.beacon.commands.Button;
import dev.beacon.commands.Field;
import dev.beacon.commands.Reply;
import java.util.stream.Collectors;

/** Renders a {@link Reply} as plain text for a terminal. */
public final class ReplyPrinter {

  private ReplyPrinter() {}

  /** The reply as lines of text, ending in a newline. */
  public static String render(Reply reply) {
    StringBuilder out = new StringBuilder();
    if (reply.error()) {
      out.append("! ").append(reply.text().replace("\n", "\n  ")).append('\n');
      return out.toString();
    }
    if (!reply.title().isEmpty()) {
      out.append("== ").append(reply.title()).append('\n');
    }
    if (!reply.text().isEmpty()) {
      out.append(reply.text()).append('\n');
    }
    int width = reply.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
    for (Field f : reply.fields()) {
      String pad = " ".repeat(width - f.name().length());
      String indent = "\n" + " ".repeat(width + 4);
      out.append("  ")
          .append(f.name())
          .append(':')
          .append(pad)
          .append(' ')
          .append(f.value().replace("\n", indent))
          .append('\n');
    }
    if (!reply.buttons().isEmpty()) {
      out.append(
              reply.buttons().stream()
                  .map(ReplyPrinter::button)
                  .collect(Collectors.joining("  ", "  ", "")))
          .append('\n');
    }
    return out.toString();
  }

  private static String button(Button b) {
    return "[" + b.label() + ": " + b.command() + "]";
  }
}
