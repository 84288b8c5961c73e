package dev.beacon.bench.reliability;

import dev.beacon.bot.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A main class running in a child JVM on this classpath, so it can be killed for real: its standard
 * output collected line by line on a thread of its own (so the pipe never fills and nothing it
 * wrote before a SIGKILL is lost), its standard error in a file.
 */
final class ChildRun implements AutoCloseable {

  private static final List<String> JVM =
      List.of(
          "-Xmx256m",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          // Without it every answer waits about 40 ms for the client's delayed ACK (the JDK's
          // server writes headers and body apart), and the storm would be a drizzle.
          "-Dsun.net.httpserver.nodelay=true");

  private final Process process;
  private final Path stderr;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildRun(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.reader = new Thread(this::read, "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} with {@code args}; its standard error goes to {@code stderr}. */
  static ChildRun start(Path tmp, Path stderr, Class<?> main, String... args) throws IOException {
    Process p =
        ChildJvm.of(tmp, JVM, main, args)
            .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
            .start();
    return new ChildRun(p, stderr);
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the child is gone; what was read is kept
    }
  }

  /** The first line starting with {@code prefix} within {@code bound}, else empty. */
  Optional<String> awaitLine(String prefix, Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    synchronized (lines) {
      while (true) {
        for (String l : lines) {
          if (l.startsWith(prefix)) {
            return Optional.of(l);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return Optional.empty();
        }
        lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
      }
    }
  }

  /** The lines written so far. */
  List<String> linesSoFar() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  /**
   * SIGKILL, through the handle: {@code Process.destroyForcibly()} would also close our end of the
   * pipe and drop lines the child wrote but we had not read yet. Returns its exit status.
   */
  int kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(TimeUnit.SECONDS.toMillis(30));
    return process.exitValue();
  }

  /** Writes {@code line} to the child's standard input. */
  void tell(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Waits for the child to end, at most {@code bound}; its exit status, or empty. */
  Optional<Integer> awaitExit(Duration bound) throws InterruptedException {
    if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
      return Optional.empty();
    }
    reader.join(TimeUnit.SECONDS.toMillis(30));
    return Optional.of(process.exitValue());
  }

  /** The last {@code n} lines of its standard error, for evidence. */
  String stderrTail(int n) {
    try {
      if (!Files.exists(stderr)) {
        return "";
      }
      List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      return String.join(" | ", all.subList(Math.max(0, all.size() - n), all.size()));
    } catch (IOException e) {
      return "(stderr unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
