package dev.beacon.bot.cli;

import dev.beacon.bot.console.ConsoleDelivery;
import dev.beacon.bot.console.LocalConsole;
import dev.beacon.bot.wiring.Beacon;
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
 * embedded store, the configuration (built-in example unless given) and a terminal console that
 * reads commands until the end of input.
 */
@Command(
    name = "run",
    description =
        "Run Beacon: connected to Discord when DISCORD_TOKEN is set, else local mode with a terminal console.")
public final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Locations locations;

  @Option(
      names = "--http",
      paramLabel = "HOST:PORT",
      description =
          "Serve webhooks, /healthz, /readyz and /metrics here (overrides the configuration's http)")
  String http;

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
    ConsoleDelivery chat = new ConsoleDelivery(System.out);
    try (Beacon beacon =
        Beacon.open(config.get(), locations.dataDir(), Clock.systemUTC(), chat, System.getenv())
            .trustLoopbackForPages()
            .start(listen)) {
      System.out.println(
          "Beacon local mode. Data: "
              + beacon.store().path()
              + "; configuration: "
              + locations.configFile().map(Object::toString).orElse("built-in example")
              + ".");
      System.out.println(ConfigSummary.of(config.get()));
      beacon
          .httpPort()
          .ifPresent(
              port ->
                  System.out.println(
                      "Listening on port "
                          + port
                          + " ("
                          + String.join(", ", beacon.httpPaths())
                          + "). Review pages: http://127.0.0.1:"
                          + port
                          + "/review/incidents"));
      boolean interactive = System.console() != null;
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new LocalConsole(
              beacon.commands(),
              beacon.catalog(),
              System.out,
              interactive,
              beacon.outbox()::drainNow,
              chat::inboxOf)
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
}
