package dev.beacon.bot.timers;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.testing.ChildJvm;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.TimelineEvent;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Quartz across a restart: 1,000 escalations fall due over a few seconds; the process is
 * stopped (cleanly, or with SIGKILL) while they fire, then started again: every escalation fires
 * exactly once. This is the one test that waits on a real clock.
 */
@DisplayName("Escalation timers across a restart, with real Quartz")
class TimerRestartTest {

  private static final int INCIDENTS = 1000;

  @TempDir Path tmp;

  private final java.util.Map<Process, Path> stdouts = new java.util.HashMap<>();

  @ParameterizedTest(name = "stopped with {0}")
  @ValueSource(strings = {"a clean shutdown", "SIGKILL"})
  void everyEscalationFiresExactlyOnce(String how) throws Exception {
    Path data = tmp.resolve("data");
    Process first = start(data, INCIDENTS, 4000);
    awaitLine(first, "RUNNING");
    // Stop while escalations are falling due: as soon as the first ones have fired.
    long until = System.nanoTime() + SECONDS.toNanos(30);
    while (escalated(data) < 20 && System.nanoTime() < until) {
      first.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    if (how.equals("SIGKILL")) {
      first.toHandle().destroyForcibly();
    } else {
      try (Writer w = new OutputStreamWriter(first.getOutputStream(), StandardCharsets.UTF_8)) {
        w.write("stop\n");
      }
    }
    assertStops(first, "the first run (" + how + ")");
    int firedBefore = escalated(data);

    Process second = start(data, 0, 4000);
    awaitLine(second, "RUNNING");
    long deadline = System.nanoTime() + SECONDS.toNanos(60);
    while (escalated(data) < INCIDENTS && System.nanoTime() < deadline) {
      second.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    try (Writer w = new OutputStreamWriter(second.getOutputStream(), StandardCharsets.UTF_8)) {
      w.write("stop\n");
    }
    assertStops(second, "the second run");

    try (SqliteIncidentStore store = SqliteIncidentStore.openReadOnly(data)) {
      for (long n = 1; n <= INCIDENTS; n++) {
        IncidentId id = new IncidentId(n);
        List<TimelineEvent> timeline = store.timeline(id);
        assertThat(timeline.stream().filter(Escalated.class::isInstance))
            .as("escalations of %s", id)
            .hasSize(1);
        assertThat(store.messages(id))
            .as("pages of %s", id)
            .extracting(s -> s.message().recipient())
            .containsExactly("wei", "jan");
      }
    }
    System.out.printf(
        "timer restart (%s): %d escalations fired before the stop, all %d exactly once after%n",
        how, firedBefore, INCIDENTS);
  }

  /** Waits for a child to end; if it hangs, dumps its threads into the failure message. */
  private void assertStops(Process p, String which) throws Exception {
    if (p.waitFor(60, SECONDS)) {
      return;
    }
    new ProcessBuilder("kill", "-3", Long.toString(p.pid())).start().waitFor(5, SECONDS);
    p.waitFor(2, SECONDS);
    p.toHandle().destroyForcibly();
    throw new AssertionError(
        which
            + " did not stop within 60 s; its stdout (with a thread dump):\n"
            + childOutput("child-stdout-")
            + "\nstderr:\n"
            + childOutput("child-stderr-"));
  }

  private Process start(Path data, int declare, long timeoutMillis) throws Exception {
    Path stdout = tmp.resolve("child-stdout-" + System.nanoTime() + ".txt");
    Process child =
        ChildJvm.of(
                tmp,
                List.of("-Xmx256m"),
                TimerRestartChild.class,
                data.toString(),
                Integer.toString(declare),
                Long.toString(timeoutMillis))
            .redirectError(tmp.resolve("child-stderr-" + System.nanoTime() + ".txt").toFile())
            .redirectOutput(stdout.toFile())
            .start();
    stdouts.put(child, stdout);
    return child;
  }

  /** Waits (bounded) until the child's stdout file holds {@code expected}. */
  private void awaitLine(Process p, String expected) throws Exception {
    long until = System.nanoTime() + SECONDS.toNanos(60);
    while (System.nanoTime() < until) {
      if (Files.readString(stdouts.get(p)).contains(expected + "\n")) {
        return;
      }
      if (p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        break;
      }
    }
    throw new AssertionError(
        "the child did not print " + expected + "; stderr:\n" + childOutput("child-stderr-"));
  }

  /** Everything the children wrote to files starting with {@code prefix}. */
  private String childOutput(String prefix) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(tmp)) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
        out.append(Files.readString(f));
      }
    }
    return out.toString();
  }

  /** How many incidents have paged level 2, read beside the running child. */
  private static int escalated(Path data) {
    Path db = data.resolve("beacon.db");
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(DISTINCT incident) FROM outbox WHERE kind = 'PAGE'"
                    + " AND recipient = 'jan'")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0;
    }
  }
}
