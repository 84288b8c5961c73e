package dev.beacon.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bench.reliability.StormPayloads.StormAlert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Senders on threads of their own firing alert batches at one Beacon as fast as it answers: many
 * groups from all three hooks (half of them recurring across runs, half new in each run), alerts
 * firing and resolving, and now and then a person (wei) acknowledging or resolving an incident
 * through the web console, so that groups reopen. What Beacon acknowledged goes into a {@link
 * Ledger}. Stops when told or when Beacon stops answering.
 */
final class AlertStorm {

  /** The hooks, by the source name Beacon logs alerts under. */
  static final List<String> SOURCES = List.of("alertmanager", "grafana", "generic");

  private static final String[] SEVERITIES = {"critical", "critical", "error", "warning"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final Ledger ledger;
  private final int groups;
  private final String generation;
  private final List<Thread> threads = new ArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private volatile boolean stopped;

  /**
   * @param port Beacon's HTTP port on loopback
   * @param ledger where acknowledgements go
   * @param groups alert groups per source that recur across runs
   * @param generation names this run's own new groups, so that every run brings new ones
   */
  AlertStorm(int port, Ledger ledger, int groups, String generation) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.ledger = ledger;
    this.groups = groups;
    this.generation = generation;
  }

  /**
   * Starts {@code senders} threads, each choosing with a {@link Random} seeded from {@code seed}.
   */
  AlertStorm start(int senders, long seed) {
    for (int i = 0; i < senders; i++) {
      Random random = new Random(seed + i);
      Thread t = new Thread(() -> run(random), "storm-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    return this;
  }

  /** Stops the senders and waits for them (a killed Beacon fails their requests at once). */
  void stop() throws InterruptedException {
    stopped = true;
    for (Thread t : threads) {
      t.join(Duration.ofSeconds(30).toMillis());
    }
  }

  private void run(Random random) {
    while (!stopped) {
      try {
        if (random.nextInt(100) < 12) {
          command(random);
        } else {
          alerts(random);
        }
      } catch (IOException e) {
        ledger.noAnswer();
        if (!stopped) {
          pause(); // killed: the drill stops us shortly
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void alerts(Random random) throws IOException, InterruptedException {
    String source = SOURCES.get(random.nextInt(SOURCES.size()));
    int group = random.nextInt(groups);
    String groupName = random.nextBoolean() ? "g" + group : generation + "-g" + group % 20;
    int size = 1 + group % 3;
    List<StormAlert> alerts = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      if (alerts.isEmpty() || random.nextBoolean()) {
        alerts.add(
            new StormAlert(
                source.substring(0, 2) + "-" + groupName + "-a" + a,
                random.nextInt(100) < 75,
                SEVERITIES[random.nextInt(SEVERITIES.length)]));
      }
    }
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/hooks/" + source))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + DrillConfig.token(source))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    StormPayloads.body(source, groupName, alerts, Instant.now())))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    ledger.answered(response.statusCode());
    if (response.statusCode() / 100 != 2) {
      return;
    }
    List<Long> named = new ArrayList<>();
    JsonNode answer = JSON.readTree(response.body());
    answer.path("incidents").forEach(i -> named.add(number(i.asText())));
    ledger.accepted(
        alerts.stream().map(a -> Ledger.key(source, a.fingerprint(), a.firing())).toList(), named);
  }

  private void command(Random random) throws IOException, InterruptedException {
    long incident = ledger.incident(random.nextInt(1_000_000));
    if (incident < 0) {
      return;
    }
    boolean ack = random.nextInt(100) < 55;
    String line =
        ack
            ? "/incident ack INC-" + incident
            : "/incident resolve INC-" + incident + " summary:\"resolved in the crash drill\"";
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/console/command"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(
                        Map.of("person", DrillConfig.ON_CALL, "channel", "", "line", line))))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    ledger.answered(response.statusCode());
    if (response.statusCode() == 200 && !JSON.readTree(response.body()).path("error").asBoolean()) {
      ledger.command(new Ledger.Command(incident, ack ? "acknowledged" : "resolved", line));
    }
  }

  static long number(String incident) {
    return Long.parseLong(incident.substring(incident.indexOf('-') + 1));
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
