package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.Main;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Local mode with --http")
class LocalModeHttpTest {

  @TempDir Path data;

  @Test
  @DisplayName("beacon run --http 127.0.0.1:0 answers /healthz, /readyz and /metrics while it runs")
  void answersHealthReadinessAndMetrics() throws Exception {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PipedOutputStream typing = new PipedOutputStream();
    try {
      System.setIn(new PipedInputStream(typing));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CompletableFuture<Integer> run =
          CompletableFuture.supplyAsync(
              () -> Main.execute("run", "--data", data.toString(), "--http", "127.0.0.1:0"));

      int port = awaitPort(out);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> health = get(client, port, "/healthz");
      HttpResponse<String> ready = get(client, port, "/readyz");
      HttpResponse<String> metrics = get(client, port, "/metrics");
      typing.close();

      assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("ok\n");
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body())
          .contains("beacon_incidents{status=\"declared\",severity=\"SEV1\"} 0\n")
          .contains("# TYPE beacon_webhook_requests_total counter\n");
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(
              "(/hooks/pagerduty, /hooks/opsgenie, /hooks/alertmanager, /hooks/grafana,"
                  + " /hooks/generic, /review/incidents, /review/incidents/, /review/metrics,"
                  + " /review/followups, /review/close/, /console, /console/command,"
                  + " /console/events, /healthz, /readyz, /metrics). Review pages:"
                  + " http://127.0.0.1:")
          .contains("/review/incidents\n")
          .startsWith("Open http://127.0.0.1:" + port + "/console to try Beacon in your browser");
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
    }
  }

  private static int awaitPort(ByteArrayOutputStream out) throws InterruptedException {
    Pattern listening = Pattern.compile("Listening on port (\\d+) ");
    return dev.beacon.bot.testing.Eventually.value(
        "the port Beacon listens on, in:\n" + out,
        java.time.Duration.ofSeconds(30),
        () -> {
          Matcher m = listening.matcher(out.toString(StandardCharsets.UTF_8));
          return m.find() ? Integer.parseInt(m.group(1)) : null;
        });
  }

  private static HttpResponse<String> get(HttpClient client, int port, String path)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
