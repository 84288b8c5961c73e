package dev.beacon.bot.console;

import dev.beacon.commands.CommandDispatcher;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.incident.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terminal console of local mode: a person types the same commands as in chat, acting as a
 * configured person ({@code /as alice}), and sees the replies. Reads line by line, so it can be
 * scripted; at the end of input it returns.
 */
public final class LocalConsole {

  /** The channel name commands typed here carry. */
  public static final String CHANNEL = "local-console";

  private final CommandDispatcher dispatcher;
  private final Catalog catalog;
  private final PrintStream out;
  private final boolean interactive;
  private final Runnable afterCommand;
  private final Function<String, List<String>> inbox;
  private Person user;

  /**
   * A console acting first as the first configured person.
   *
   * @param interactive print prompts (a person at a terminal) rather than echoing commands
   */
  public LocalConsole(
      CommandDispatcher dispatcher, Catalog catalog, PrintStream out, boolean interactive) {
    this(dispatcher, catalog, out, interactive, () -> {}, person -> List.of());
  }

  /**
   * A console that runs {@code afterCommand} after every command (local mode: send the pages and
   * notices it decided right away) and shows each person's pages with {@code /inbox}.
   */
  public LocalConsole(
      CommandDispatcher dispatcher,
      Catalog catalog,
      PrintStream out,
      boolean interactive,
      Runnable afterCommand,
      Function<String, List<String>> inbox) {
    this.afterCommand = afterCommand;
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.catalog = catalog;
    this.out = out;
    this.interactive = interactive;
    this.user =
        catalog.people().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the configuration names no people"));
  }

  /** Reads and runs commands until the end of input or {@code /quit}. */
  public void run(BufferedReader in) throws IOException {
    out.println(
        "You are "
            + describe(user)
            + ". Type /help for commands, /as <person> to act as someone else"
            + " (/people lists them), /inbox for your pages, /wait 30s to let time pass, /quit"
            + " to leave.");
    while (true) {
      if (interactive) {
        out.print(user.id() + "> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        return;
      }
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!interactive) {
        out.println(user.id() + "> " + line);
      }
      if (!handleConsoleCommand(line)) {
        return;
      }
      out.flush();
    }
  }

  /** Console-only commands; returns false to stop. */
  private boolean handleConsoleCommand(String line) {
    String[] words = line.split("\\s+");
    switch (words[0]) {
      case "/quit", "/exit" -> {
        return false;
      }
      case "/as" -> switchTo(words.length > 1 ? words[1] : "");
      case "/whoami" -> out.println("You are " + describe(user) + ".");
      case "/wait" -> pause(words.length == 2 ? words[1] : "");
      case "/inbox" -> {
        List<String> received = inbox.apply(user.id());
        out.println(
            received.isEmpty()
                ? "Your inbox is empty."
                : "Your inbox (" + received.size() + "):\n  " + String.join("\n  ", received));
      }
      case "/people" ->
          out.println(
              catalog.people().stream()
                  .map(p -> "  " + describe(p))
                  .collect(Collectors.joining("\n")));
      default -> {
        String reply =
            ReplyPrinter.render(dispatcher.dispatchLine(Actor.person(user.id()), CHANNEL, line));
        synchronized (out) {
          out.print(reply);
        }
        afterCommand.run();
      }
    }
    return true;
  }

  /** {@code /wait 25s}: lets time pass before the next command (for scripted demos). */
  private void pause(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,3})(s|m)").matcher(text);
    if (!m.matches()) {
      out.println("! Write how long to wait like /wait 25s or /wait 2m (at most 10m).");
      return;
    }
    long seconds = Long.parseLong(m.group(1)) * (m.group(2).equals("m") ? 60 : 1);
    if (seconds > 600) {
      out.println("! Wait at most 10m.");
      return;
    }
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void switchTo(String handle) {
    catalog
        .person(handle)
        .ifPresentOrElse(
            p -> {
              user = p;
              out.println("You are now " + describe(p) + ".");
            },
            () ->
                out.println(
                    "! Nobody called '"
                        + handle
                        + "' is configured. People: "
                        + catalog.people().stream()
                            .map(Person::id)
                            .collect(Collectors.joining(", "))
                        + "."));
  }

  private String describe(Person p) {
    String site = catalog.site(p.site()).map(s -> s.name()).orElse(p.site());
    return p.id() + " (" + p.name() + ", " + site + ", team " + p.team() + ")";
  }
}
