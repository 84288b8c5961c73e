package dev.beacon.bench.alerts;

import dev.beacon.bot.testing.PagerDutyTestConfig;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole Beacon in this process, as {@code beacon run} wires it: the SQLite store in a fresh
 * directory under {@code bench/target/data/} (the disk the checkout is on), the real clock, the
 * HTTP listener on a free loopback port, PagerDuty's Events API at a mock as the on-call person's
 * first contact method, and Alertmanager as an alert source. Chat goes nowhere. Closing it stops
 * Beacon and deletes the directory.
 */
final class BeaconUnderTest implements AutoCloseable {

  /** The bearer token Alertmanager sends. */
  static final String TOKEN = "bench-alertmanager-token-0123456789";

  private static final Map<String, String> ENV =
      Map.of(
          "PD_ROUTING_KEY", "R0UT1NGKEY00000000000000000000AB",
          "PD_WEBHOOK_SECRET", "bench-webhook-secret",
          "AM_TOKEN", TOKEN);

  private final Path dataDir;
  private final Beacon beacon;
  private final BeaconConfig config;

  private BeaconUnderTest(Path dataDir, BeaconConfig config, Beacon beacon) {
    this.dataDir = dataDir;
    this.config = config;
    this.beacon = beacon;
  }

  /**
   * Starts Beacon paging through {@code pagerDutyUrl}; {@code storm} is the {@code alerts.storm}
   * mapping ({@code {perSourcePerMinute: N, newIncidentsPerMinute: M}}) or empty for the defaults;
   * at most {@code pagesPerMinute} pages a minute go to PagerDuty.
   */
  static BeaconUnderTest start(String pagerDutyUrl, Optional<String> storm, int pagesPerMinute) {
    String yaml =
        PagerDutyTestConfig.yaml(pagerDutyUrl)
            + "alerts:\n"
            + "  sources:\n"
            + "    alertmanager: {tokenEnv: AM_TOKEN}\n"
            + storm.map(s -> "  storm: " + s + "\n").orElse("");
    try {
      BeaconConfig config = ConfigLoader.load("bench.yaml", yaml);
      Path root = Files.createDirectories(Path.of("bench", "target", "data"));
      Path dir = Files.createTempDirectory(root, "beacon-");
      Beacon beacon =
          Beacon.open(config, dir, Clock.systemUTC(), message -> {}, ENV, pagesPerMinute)
              .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
      return new BeaconUnderTest(dir, config, beacon);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not start Beacon: " + e.getMessage(), e);
    }
  }

  /** The running Beacon. */
  Beacon beacon() {
    return beacon;
  }

  /** The configuration it runs with. */
  BeaconConfig config() {
    return config;
  }

  /** Its store's database file. */
  Path database() {
    return dataDir.resolve("beacon.db");
  }

  /** {@code http://127.0.0.1:<port>/hooks/alertmanager}. */
  URI alertmanagerHook() {
    return URI.create(
        "http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/hooks/alertmanager");
  }

  @Override
  public void close() {
    beacon.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
