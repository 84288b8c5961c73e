package dev.beacon.bot.store;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.testing.ChildJvm;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.TestCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a Beacon process with SIGKILL while it commits, again and again on one data directory, and
 * checks after every kill that everything the process acknowledged is still there, the file opens
 * normally, passes verification, takes new writes, and never hands out an incident number twice.
 * {@code -Dbeacon.crash.cycles=200} runs longer; {@code -Dbeacon.crash.seed=N} repeats a run.
 */
class CrashTest {

  private static final Pattern ACK = Pattern.compile("ACK INC-(\\d+) ([a-z-]+) (\\d+)");

  @TempDir Path tmp;

  @Test
  @DisplayName("everything acknowledged before a SIGKILL is there after reopening, every time")
  void acknowledgedWorkSurvivesSigkill() throws Exception {
    long seed = Long.getLong("beacon.crash.seed", new Random().nextLong());
    int cycles = Integer.getInteger("beacon.crash.cycles", 20);
    Random random = new Random(seed);
    Path dataDir = tmp.resolve("data");
    Map<Long, Integer> acknowledged = new TreeMap<>();
    long highestNumber = 0;
    long acks = 0;
    long lost = 0;
    long started = System.nanoTime();

    for (int cycle = 1; cycle <= cycles; cycle++) {
      String where = "cycle " + cycle + " of " + cycles + ", seed " + seed;
      List<String> lines = runAndKill(dataDir, random, where);

      for (String line : lines) {
        Matcher m = ACK.matcher(line);
        if (!m.matches()) {
          continue;
        }
        long number = Long.parseLong(m.group(1));
        if (m.group(2).equals("declared")) {
          assertThat(number)
              .as("%s: INC-%d declared after INC-%d already existed", where, number, highestNumber)
              .isGreaterThan(highestNumber);
        }
        highestNumber = Math.max(highestNumber, number);
        acknowledged.merge(number, Integer.parseInt(m.group(3)), Math::max);
        acks++;
      }

      try (SqliteIncidentStore store = SqliteIncidentStore.open(dataDir)) {
        for (Map.Entry<Long, Integer> e : acknowledged.entrySet()) {
          int present = store.timeline(new IncidentId(e.getKey())).size();
          lost += Math.max(0, e.getValue() - present);
          assertThat(present)
              .as("%s: events of INC-%d after reopening", where, e.getKey())
              .isGreaterThanOrEqualTo(e.getValue());
          IncidentId id = new IncidentId(e.getKey());
          long pagedEvents =
              store.timeline(id).stream().filter(ev -> ev.kind().equals("paged")).count();
          long pageRows =
              store.messages(id).stream()
                  .filter(m -> m.message().kind() == OutboxMessage.Kind.PAGE)
                  .count();
          assertThat(pageRows)
              .as("%s: pages of INC-%d in the outbox vs paged events", where, e.getKey())
              .isEqualTo(pagedEvents);
        }
        highestNumber =
            Math.max(highestNumber, store.recent(1).stream().mapToLong(CrashTest::number).sum());
        Incident mine =
            new IncidentService(store, TestCatalog.create(), Clock.systemUTC())
                .declare(Declaration.of("after the crash", Severity.SEV4), Actor.person("alice"));
        assertThat(number(mine))
            .as("%s: number after reopening", where)
            .isGreaterThan(highestNumber);
        highestNumber = number(mine);
        acknowledged.put(highestNumber, store.timeline(mine.id()).size());
      }
      VerificationReport report = StoreVerifier.verify(dataDir);
      assertThat(report.ok()).as("%s: verification%n%s", where, report.render()).isTrue();
    }

    long events = acknowledged.values().stream().mapToLong(Integer::longValue).sum();
    System.out.printf(
        "crash test: %d SIGKILL cycles, %d use cases acknowledged, %d acknowledged timeline events"
            + " checked across %d incidents, %d lost, %.1f s, seed %d%n",
        cycles, acks, events, acknowledged.size(), lost, (System.nanoTime() - started) / 1e9, seed);
    assertThat(lost).isZero();
  }

  private static long number(Incident incident) {
    return incident.id().number();
  }

  /** Starts a child on {@code dataDir}, waits until it is committing, kills it; its stdout. */
  private List<String> runAndKill(Path dataDir, Random random, String where) throws Exception {
    Path stderr = tmp.resolve("child-stderr.txt");
    Process child =
        ChildJvm.of(
                tmp,
                List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                CrashTestChild.class,
                dataDir.toString(),
                Long.toString(random.nextLong()))
            .redirectError(stderr.toFile())
            .start();
    ChildOutput output = new ChildOutput(child);
    try {
      assertThat(output.ready.await(30, SECONDS))
          .as("%s: the child opened the store; its stderr:%n%s", where, read(stderr))
          .isTrue();
      long runMillis = 100 + random.nextInt(1400);
      assertThat(child.waitFor(runMillis, MILLISECONDS))
          .as("%s: the child died on its own; its stderr:%n%s", where, read(stderr))
          .isFalse();
    } finally {
      // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the
      // pipe, dropping lines the child wrote (and so acknowledged) but we had not read yet.
      child.toHandle().destroyForcibly();
      child.waitFor(30, SECONDS);
    }
    assertThat(child.exitValue()).as("%s: exit status after SIGKILL", where).isEqualTo(128 + 9);
    return output.lines();
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  /** Collects a child's stdout on a thread of its own, so the pipe never fills. */
  private static final class ChildOutput {
    final CountDownLatch ready = new CountDownLatch(1);
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    ChildOutput(Process child) {
      reader = new Thread(() -> read(child), "crash-child-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    private void read(Process child) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.equals("READY")) {
            ready.countDown();
          }
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every line, once the child has exited and its stdout is drained. */
    List<String> lines() throws InterruptedException {
      reader.join(SECONDS.toMillis(30));
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }
}
