package dev.beacon.bot.web.console;

import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.pages.WebAccess;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.core.catalog.Catalog;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Local mode's web console on the HTTP listener: {@code /console} (the page), {@code
 * /console/command} (run a line as a person) and {@code /console/events} (the live stream), each
 * behind {@link ConsoleGuard}. Closing it ends the open event streams.
 */
public final class WebConsole implements AutoCloseable {

  /** How often an idle event stream gets a comment, so proxies and browsers keep it open. */
  public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final Map<String, HttpHandler> routes = new LinkedHashMap<>();
  private final EventStream events;

  /**
   * The console over {@code log}, running commands through {@code dispatcher} and then {@code
   * afterCommand} (send what they decided).
   */
  public WebConsole(
      ChatLog log,
      CommandDispatcher dispatcher,
      Catalog catalog,
      Runnable afterCommand,
      Clock clock,
      WebAccess access,
      Duration keepAlive) {
    this.events = new EventStream(log, keepAlive);
    routes.put(ConsolePage.PATH, new ConsoleGuard(access, new ConsolePage(catalog, log)));
    routes.put(
        "/console/command",
        new ConsoleGuard(access, new CommandRoute(dispatcher, catalog, log, afterCommand, clock)));
    routes.put("/console/events", new ConsoleGuard(access, events));
  }

  /** Path prefix to handler, for the HTTP listener. */
  public Map<String, HttpHandler> routes() {
    return new LinkedHashMap<>(routes);
  }

  /** Ends every open event stream. */
  @Override
  public void close() {
    events.close();
  }
}
