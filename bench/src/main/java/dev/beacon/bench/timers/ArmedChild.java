package dev.beacon.bench.timers;

import dev.beacon.bot.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PendingEscalationsChild} in its own JVM: started on a data directory, awaited until it
 * has armed everything, then killed with SIGKILL.
 */
final class ArmedChild {

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private ArmedChild(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts the child; its output goes to files in {@code dir}. */
  static ArmedChild start(Path dir, Path data, int later, int overdue) throws IOException {
    Path out = dir.resolve("child-stdout.txt");
    Path err = dir.resolve("child-stderr.txt");
    Process p =
        ChildJvm.of(
                dir,
                List.of("-Xmx1g"),
                PendingEscalationsChild.class,
                data.toString(),
                Integer.toString(later),
                Integer.toString(overdue))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    return new ArmedChild(p, out, err);
  }

  /** Waits, at most {@code bound}, until the child says it armed everything. */
  void awaitArmed(Duration bound) throws IOException, InterruptedException {
    long until = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < until) {
      if (Files.readString(stdout).contains("ARMED\n")) {
        return;
      }
      if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "the child ended before arming; its stderr:\n" + Files.readString(stderr));
      }
    }
    kill();
    throw new IllegalStateException("the child did not arm within " + bound);
  }

  /** SIGKILL, and waits for the process to be gone. */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
