package dev.beacon.bot.cli;

import dev.beacon.bot.console.ConsoleDelivery;
import dev.beacon.bot.console.LocalConsole;
import dev.beacon.bot.web.console.ChatDelivery;
import dev.beacon.bot.web.console.ChatLog;
import dev.beacon.bot.web.console.WebConsole;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigSummary;
import dev.beacon.config.HttpConfig;
import dev.beacon.config.Secret;
import dev.beacon.core.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code beacon run}: the default command. Without {@code DISCORD_TOKEN} it starts local mode: the
 * embedded store, the configuration (built-in example unless given), the web console on a loopback
 * address (printed first) and a terminal console that reads commands until the end of input.
 */
@Command(
    name = "run",
    description =
        "Run Beacon: connected to Discord when DISCORD_TOKEN is set, else local mode with a terminal"
            + " console and a web console (/console).")
public final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Locations locations;

  @Option(
      names = "--http",
      paramLabel = "HOST:PORT",
      description =
          "Serve webhooks, /healthz, /readyz and /metrics here (overrides the configuration's http);"
              + " local mode listens on 127.0.0.1:8080 (or a free port) without it")
  String http;

  /** Where local mode listens when neither {@code --http} nor the configuration says. */
  static final HttpConfig DEFAULT_LISTEN = new HttpConfig("127.0.0.1", 8080);

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<BeaconConfig> config = ConfigSource.load(locations.configFile(), err);
    if (config.isEmpty()) {
      return 1;
    }
    Optional<HttpConfig> listen;
    try {
      listen = Optional.ofNullable(http).map(HttpConfig::parse);
    } catch (IllegalArgumentException e) {
      err.println("--http: " + e.getMessage());
      return 2;
    }
    String tokenEnv = config.get().discord().map(d -> d.token().envName()).orElse("DISCORD_TOKEN");
    String token = System.getenv(tokenEnv);
    if (token != null && !token.isBlank()) {
      return DiscordMode.run(
          config.get(),
          locations.dataDir(),
          listen,
          new Secret(token),
          spec.commandLine().getOut(),
          err);
    }
    ConsoleDelivery terminal = new ConsoleDelivery(System.out);
    ChatLog chatLog =
        new ChatLog(CatalogFactory.from(config.get()).people(), ChatLog.DEFAULT_HISTORY);
    ChatDelivery chat = new ChatDelivery(terminal, chatLog);
    Beacon opened =
        Beacon.open(config.get(), locations.dataDir(), Clock.systemUTC(), chat, System.getenv())
            .trustLoopbackForPages()
            .serveConsole(chatLog, WebConsole.KEEP_ALIVE);
    chat.describeIncidentsWith(opened.incidents()::find);
    try (Beacon beacon = startListening(opened, listen.or(config.get()::http))) {
      int port = beacon.httpPort().orElseThrow();
      System.out.println(consoleAddress(listen.or(config.get()::http), port));
      System.out.println(
          "Beacon local mode. Data: "
              + beacon.store().path()
              + "; configuration: "
              + locations.configFile().map(Object::toString).orElse("built-in example")
              + ".");
      System.out.println(ConfigSummary.of(config.get()));
      System.out.println(
          "Listening on port "
              + port
              + " ("
              + String.join(", ", beacon.httpPaths())
              + "). Review pages: http://127.0.0.1:"
              + port
              + "/review/incidents");
      boolean interactive = System.console() != null;
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new LocalConsole(
              beacon.commands(),
              beacon.catalog(),
              System.out,
              interactive,
              beacon.outbox()::drainNow,
              terminal::inboxOf)
          .run(in);
      System.out.println("Bye. The record is in " + beacon.store().path() + ".");
      return 0;
    } catch (StoreException e) {
      err.println(e.getMessage());
      return 1;
    } catch (java.io.UncheckedIOException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /**
   * Starts {@code beacon} listening on {@code listen}; without one, on {@link #DEFAULT_LISTEN}, or
   * on any free loopback port when that is taken, so the web console always has an address. Closes
   * {@code beacon} when it cannot start.
   */
  static Beacon startListening(Beacon beacon, Optional<HttpConfig> listen) {
    try {
      if (listen.isPresent()) {
        return beacon.start(listen);
      }
      try {
        return beacon.start(Optional.of(DEFAULT_LISTEN));
      } catch (java.io.UncheckedIOException taken) {
        return beacon.start(Optional.of(new HttpConfig(DEFAULT_LISTEN.host(), 0)));
      }
    } catch (RuntimeException e) {
      beacon.close();
      throw e;
    }
  }

  /** The first line local mode prints: where to open the web console. */
  static String consoleAddress(Optional<HttpConfig> listen, int port) {
    String host = listen.map(HttpConfig::host).orElse(DEFAULT_LISTEN.host());
    boolean reachable;
    try {
      java.net.InetAddress address = java.net.InetAddress.getByName(host);
      reachable = address.isLoopbackAddress() || address.isAnyLocalAddress();
    } catch (java.net.UnknownHostException e) {
      reachable = false;
    }
    return reachable
        ? "Open http://127.0.0.1:"
            + port
            + "/console to try Beacon in your browser"
            + " (or type commands here)."
        : "The web console answers on loopback only, and Beacon listens on "
            + host
            + ": run with --http 127.0.0.1:"
            + port
            + " to use it.";
  }
}
