package dev.beacon.bench.startup;

import dev.beacon.bench.Report;
import dev.beacon.bench.Samples;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/run StartupBench [--quick] [--runs N] [--idle SECONDS]}: starts {@code
 * bot/target/beacon.jar} in local mode as a newcomer would (no arguments but a fresh data directory
 * and a free loopback port), measures the time from starting the process until {@code /readyz}
 * answers 200, then lets it idle and reads its resident set size from {@code /proc/<pid>/status}.
 * Each run is a new JVM on a new data directory. Targets: ready in under 3 s, idle RSS under 300
 * MB.
 */
public final class StartupBench {

  private static final Duration READY_TARGET = Duration.ofSeconds(3);
  private static final long RSS_TARGET_MB = 300;
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/console");

  private StartupBench() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    int runs = intOption(args, "--runs", quick ? 2 : 7);
    int idleSeconds = intOption(args, "--idle", quick ? 3 : 15);
    Path jar = Path.of("bot", "target", "beacon.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build first: bot/target/beacon.jar is missing");
    }
    Samples ready = new Samples();
    List<Long> rss = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Run run = startOnce(jar, idleSeconds);
      ready.add(run.readyNanos());
      rss.add(run.rssKb());
    }
    long rssMax = rss.stream().mapToLong(Long::longValue).max().orElse(0) / 1024;
    long rssMedian = rss.stream().sorted().toList().get(rss.size() / 2) / 1024;
    String command = "bench/run StartupBench" + (quick ? " --quick" : "");
    new Report("StartupBench", "Start-up to ready in local mode; idle RSS", command)
        .row(
            "start-up to /readyz 200 (" + runs + " cold starts)",
            "median " + Samples.ms(ready.median()) + ", max " + Samples.ms(ready.max()),
            "< 3 s",
            ready.max() < READY_TARGET.toNanos())
        .row(
            "idle RSS after " + idleSeconds + " s",
            "median " + rssMedian + " MB, max " + rssMax + " MB",
            "< " + RSS_TARGET_MB + " MB",
            rssMax < RSS_TARGET_MB)
        .note(
            "Each run starts `java -jar bot/target/beacon.jar run --data <fresh dir> --http"
                + " 127.0.0.1:<free port>` with default JVM options (as `./beacon` does), the"
                + " built-in example configuration and no Discord token (local mode: SQLite store,"
                + " Quartz, the outbox dispatcher, the HTTP listener with the web console), and"
                + " polls /readyz every 5 ms from the moment the process is started; the clock"
                + " includes JVM start-up and the store's schema migration.")
        .note(
            "RSS is VmRSS from /proc/<pid>/status after the process has idled; the JVM's default"
                + " maximum heap here is a quarter of the machine's memory, so RSS depends on the"
                + " collector's sizing as much as on Beacon.")
        .publish();
  }

  private record Run(long readyNanos, long rssKb) {}

  private static Run startOnce(Path jar, int idleSeconds) throws Exception {
    Path data = Files.createTempDirectory("beacon-startup-");
    int port = freePort();
    ProcessBuilder pb =
        new ProcessBuilder(
            javaBinary(),
            "-jar",
            jar.toString(),
            "run",
            "--data",
            data.toString(),
            "--http",
            "127.0.0.1:" + port);
    pb.redirectErrorStream(true);
    pb.environment().remove("DISCORD_TOKEN");
    long start = System.nanoTime();
    Process process = pb.start();
    // Local mode quits at the end of its input: keep standard input open until we are done.
    CompletableFuture<String> address = readAddress(process);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    URI readyz = URI.create("http://127.0.0.1:" + port + "/readyz");
    long readyAt = 0;
    long deadline = start + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Beacon exited with " + process.exitValue());
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(readyz).timeout(Duration.ofMillis(500)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          readyAt = System.nanoTime();
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    if (readyAt == 0) {
      process.destroyForcibly();
      throw new IllegalStateException("Beacon was not ready within 60 s");
    }
    address.get(10, TimeUnit.SECONDS);
    Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
    long rss = rssKb(process.pid());
    process.getOutputStream().close(); // end of input: local mode stops cleanly
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Run(readyAt - start, rss);
  }

  /** The console address line local mode prints first, read on a thread (drains the output). */
  private static CompletableFuture<String> readAddress(Process process) {
    CompletableFuture<String> found = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  Matcher m = ADDRESS.matcher(line);
                  if (m.find()) {
                    found.complete(line);
                  }
                }
              } catch (IOException e) {
                found.completeExceptionally(e);
              }
            },
            "startup-bench-output");
    reader.setDaemon(true);
    reader.start();
    return found;
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid);
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1].strip().toLowerCase(Locale.ROOT));
      }
    }
    return fallback;
  }
}
