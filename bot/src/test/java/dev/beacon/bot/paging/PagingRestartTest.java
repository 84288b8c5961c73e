package dev.beacon.bot.paging;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bot.testing.ChildJvm;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page committed but not (or not surely) sent survives SIGKILL: after a restart it is sent again,
 * once, with the same dedup key. Child JVMs against MockWebServer as PagerDuty; this test waits on
 * real time (bounded) because it runs real processes.
 */
@DisplayName("Pages across a crash and restart")
class PagingRestartTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private final MockWebServer pagerDuty = new MockWebServer();
  private final List<JsonNode> received = new ArrayList<>();
  private final AtomicBoolean hang = new AtomicBoolean();
  private Path config;

  @BeforeEach
  void start() throws Exception {
    pagerDuty.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            synchronized (received) {
              try {
                received.add(JSON.readTree(request.getBody().utf8()));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
            MockResponse.Builder ok =
                new MockResponse.Builder().code(202).body("{\"status\":\"success\"}");
            // While hanging, the answer is held back long enough for the sender to be killed.
            return hang.get() ? ok.headersDelay(20, SECONDS).build() : ok.build();
          }
        });
    pagerDuty.start();
    config =
        Files.writeString(
            tmp.resolve("beacon.yaml"),
            PagingEndToEndTest.config(pagerDuty.url("/").toString())
                .replace("http: 127.0.0.1:0\n", ""));
  }

  @AfterEach
  void stop() throws Exception {
    pagerDuty.close();
  }

  private List<JsonNode> triggers() {
    synchronized (received) {
      return received.stream()
          .filter(e -> e.path("event_action").asText().equals("trigger"))
          .toList();
    }
  }

  @Test
  @DisplayName("killed between commit and send: sent once after the restart")
  void unsentPageIsSentOnceAfterRestart() throws Exception {
    Path data = tmp.resolve("data");
    Process declare = child("declare", data);
    awaitLine(declare, "DECLARED");
    declare.toHandle().destroyForcibly();
    assertThat(declare.waitFor(30, SECONDS)).isTrue();
    assertThat(triggers()).isEmpty();

    Process run = child("run", data);
    awaitTriggers(1);
    run.waitFor(2, SECONDS); // room for a duplicate to show up, if there were one
    stop(run);

    assertThat(triggers())
        .singleElement()
        .satisfies(t -> assertThat(t.path("dedup_key").asText()).isEqualTo("beacon-INC-1"));
  }

  @Test
  @DisplayName("killed while the vendor had not answered: sent again once, with the same dedup key")
  void inFlightPageIsResentWithTheSameKey() throws Exception {
    Path data = tmp.resolve("data");
    Process declare = child("declare", data);
    awaitLine(declare, "DECLARED");
    declare.toHandle().destroyForcibly();
    declare.waitFor(30, SECONDS);
    hang.set(true);
    Process first = child("run", data);
    awaitTriggers(1);
    first.toHandle().destroyForcibly();
    assertThat(first.waitFor(30, SECONDS)).isTrue();

    hang.set(false);
    Process second = child("run", data);
    awaitTriggers(2);
    second.waitFor(2, SECONDS);
    stop(second);

    assertThat(triggers())
        .hasSize(2)
        .extracting(t -> t.path("dedup_key").asText())
        .containsOnly("beacon-INC-1");
  }

  private Process child(String mode, Path data) throws Exception {
    ProcessBuilder pb =
        ChildJvm.of(
                tmp,
                List.of("-Xmx256m"),
                PagingRestartChild.class,
                mode,
                config.toString(),
                data.toString())
            .redirectError(tmp.resolve("stderr-" + mode + "-" + System.nanoTime()).toFile())
            .redirectOutput(tmp.resolve("stdout-" + mode + "-" + System.nanoTime()).toFile());
    pb.environment().put("PD_ROUTING_KEY", "R0UT1NGKEY00000000000000000000AB");
    return pb.start();
  }

  private void awaitLine(Process p, String line) throws Exception {
    long until = System.nanoTime() + SECONDS.toNanos(60);
    while (System.nanoTime() < until) {
      try (var files = Files.list(tmp)) {
        for (Path f :
            files.filter(f -> f.getFileName().toString().startsWith("stdout-")).toList()) {
          if (Files.readString(f).contains(line + "\n")) {
            return;
          }
        }
      }
      if (p.waitFor(20, MILLISECONDS)) {
        break;
      }
    }
    throw new AssertionError("the child never printed " + line + "; stderr: " + stderr());
  }

  private void awaitTriggers(int n) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (triggers().size() < n && System.nanoTime() < until) {
      synchronized (received) {
        received.wait(50);
      }
    }
    assertThat(triggers())
        .as("triggers received; stderr: %s", stderr())
        .hasSizeGreaterThanOrEqualTo(n);
  }

  private static void stop(Process p) throws Exception {
    try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      w.write("stop\n");
    }
    if (!p.waitFor(30, SECONDS)) {
      p.toHandle().destroyForcibly();
    }
  }

  private String stderr() throws Exception {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(tmp)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("stderr-")).toList()) {
        out.append(Files.readString(f));
      }
    }
    return out.toString();
  }
}
