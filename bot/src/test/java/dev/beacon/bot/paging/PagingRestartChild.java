package dev.beacon.bot.paging;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The process {@link PagingRestartTest} kills. {@code declare}: opens Beacon without starting
 * delivery, declares a SEV1 (its page is committed to the outbox, not sent) and waits to be killed.
 * {@code run}: starts Beacon (delivery included) and runs until stdin closes or says {@code stop}.
 */
public final class PagingRestartChild {

  private PagingRestartChild() {}

  /** {@code args}: mode, config file, data directory. */
  public static void main(String[] args) throws Exception {
    Beacon beacon =
        Beacon.open(
            ConfigLoader.load(Path.of(args[1])),
            Path.of(args[2]),
            Clock.systemUTC(),
            message -> {},
            System.getenv());
    if (args[0].equals("declare")) {
      beacon
          .commands()
          .dispatchLine(
              Actor.person("jan"),
              "test",
              "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");
      System.out.println("DECLARED");
      System.out.flush();
      Thread.currentThread().join();
    }
    beacon.start(Optional.empty());
    System.out.println("RUNNING");
    System.out.flush();
    var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
    String line;
    while ((line = in.readLine()) != null && !line.equals("stop")) {
      // keep running
    }
    beacon.close();
    System.out.println("STOPPED");
  }
}
