package dev.beacon.bench.reliability;

import dev.beacon.bot.web.console.ChatDelivery;
import dev.beacon.bot.web.console.ChatLog;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.HttpConfig;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The process {@link CrashStormDrill} kills: Beacon on a data directory with the drill's
 * configuration, HTTP on a free loopback port (alert hooks and the web console), PagerDuty at the
 * URL given, the wall clock. Prints what {@link QuartzWatch} sees, then {@code READY port}; on
 * {@code STOP} from standard input it closes Beacon as a clean shutdown does and prints {@code
 * CLOSED}. Arguments: the data directory and PagerDuty's base URL.
 */
public final class CrashStormChild {

  private CrashStormChild() {}

  /** Runs until killed, or until {@code STOP} (or the end of standard input). */
  public static void main(String[] args) throws Exception {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    Path dataDir = Path.of(args[0]);
    BeaconConfig config = DrillConfig.load(args[1]);
    ChatLog log = new ChatLog(CatalogFactory.from(config).people(), 100);
    Beacon beacon =
        Beacon.open(
            config, dataDir, Clock.systemUTC(), new ChatDelivery(m -> {}, log), DrillConfig.ENV);
    QuartzWatch.attach(out);
    beacon
        .trustLoopbackForPages()
        .serveConsole(log, Duration.ofSeconds(15))
        .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
    out.println("READY " + beacon.httpPort().orElseThrow());
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals("STOP")) {
          break;
        }
      }
    }
    beacon.close();
    out.println("CLOSED");
    System.exit(0);
  }
}
