package dev.beacon.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.testing.JsonAlertParser;
import dev.beacon.bot.testing.RecordingIntake;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beacon in local mode (the demo configuration, console-style delivery) listening on a loopback
 * port: health, readiness, metrics and the webhooks, as an orchestrator, Prometheus and a sender
 * see them.
 */
@DisplayName("Beacon's HTTP surface in local mode")
class HttpSurfaceTest {

  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\""
              + "(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\")*})? "
              + "(-?[0-9.eE+-]+|\\+Inf|-Inf|NaN)");

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T03:00:00Z");
  private final List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
  private final AtomicBoolean chatConnected = new AtomicBoolean(true);
  private final RecordingIntake intake = new RecordingIntake();
  private final HttpClient client = HttpClient.newHttpClient();
  private BeaconConfig config;
  private Beacon beacon;

  @BeforeEach
  void start() throws Exception {
    config = ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml"));
    beacon =
        Beacon.open(
                config,
                data,
                clock,
                delivered::add,
                Map.of("BEACON_ALERTMANAGER_TOKEN", "am-token"),
                chatConnected::get)
            .receiveAlerts(
                new AlertInput(
                    intake,
                    new JsonAlertParser("alertmanager"),
                    new JsonAlertParser("grafana"),
                    new JsonAlertParser("generic")))
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
  }

  @AfterEach
  void close() {
    beacon.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      r.headers(headers);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + beacon.httpPort().orElseThrow() + path);
  }

  private void type(String who, String line) {
    beacon.commands().dispatchLine(Actor.person(who), "console", line);
    beacon.outbox().drainNow();
  }

  /** The value of the sample written exactly as {@code series} in a fresh scrape. */
  /** The series' value now; 0 when it cannot be read yet. */
  private double metricOrZero(String series) {
    try {
      return metric(series);
    } catch (Exception | AssertionError e) {
      return 0;
    }
  }

  private double metric(String series) throws Exception {
    for (String line : get("/metrics").body().split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1));
      }
    }
    throw new AssertionError("no series " + series);
  }

  @Test
  @DisplayName("/healthz answers ok while the process is up")
  void healthz() throws Exception {
    HttpResponse<String> r = get("/healthz");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("ok\n");
    assertThat(get("/healthz/deep").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("/readyz is ready with store, scheduler and chat up, and names chat when it is down")
  void readyz() throws Exception {
    HttpResponse<String> ready = get("/readyz");
    chatConnected.set(false);
    HttpResponse<String> chatDown = get("/readyz");
    chatConnected.set(true);
    HttpResponse<String> back = get("/readyz");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("ready\n");
    assertThat(chatDown.statusCode()).isEqualTo(503);
    assertThat(chatDown.body()).isEqualTo("not ready: chat: not connected\n");
    assertThat(back.statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("/readyz names the scheduler and the store when they have stopped")
  void readinessOfStoppedParts() {
    Beacon stopped =
        Beacon.open(config, data.resolve("other"), clock, delivered::add, Map.of(), () -> true);
    List<String> beforeStart = stopped.readiness().problems();
    stopped.close();
    List<String> afterClose = stopped.readiness().problems();

    assertThat(beforeStart).containsExactly("scheduler: not running");
    assertThat(afterClose).containsExactly("store: closed", "scheduler: not running");
  }

  @Test
  @DisplayName("every hook is served; a source without credentials configured refuses all (401)")
  void everyHookIsServedAndUnconfiguredSourcesRefuse() throws Exception {
    try (Beacon plain =
        Beacon.open(config, data.resolve("plain"), clock, delivered::add)
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")))) {
      HttpResponse<String> hook =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + plain.httpPort().orElseThrow() + "/hooks/generic"))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(hook.statusCode()).isEqualTo(401);
      assertThat(plain.incidents().recent(10)).isEmpty();
      assertThat(plain.httpPaths())
          .containsExactly(
              "/hooks/pagerduty",
              "/hooks/opsgenie",
              "/hooks/alertmanager",
              "/hooks/grafana",
              "/hooks/generic",
              "/review/incidents",
              "/review/incidents/",
              "/review/metrics",
              "/review/followups",
              "/review/close/",
              "/healthz",
              "/readyz",
              "/metrics");
    }
  }

  @Test
  @DisplayName("/metrics is Prometheus text: every line well-formed, every family typed first")
  void metricsFormat() throws Exception {
    type(
        "alice",
        "/incident declare title:\"Payments API down\" severity:SEV1 service:payments-api");

    HttpResponse<String> r = get("/metrics");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("text/plain; version=0.0.4; charset=utf-8");
    Set<String> typed = new HashSet<>();
    List<String> families = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      if (line.startsWith("# HELP ")) {
        families.add(line.split(" ")[2]);
      } else if (line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ");
        assertThat(parts[3]).isIn("counter", "gauge", "histogram", "summary");
        typed.add(parts[2]);
      } else {
        Matcher m = SAMPLE.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        assertThat(typed).as("TYPE before " + line).anyMatch(f -> m.group(1).startsWith(f));
      }
    }
    assertThat(families)
        .containsExactly(
            "beacon_incidents",
            "beacon_pages_sent_total",
            "beacon_pages_failed_total",
            "beacon_escalations_total",
            "beacon_outbox_pending",
            "beacon_webhook_requests_total",
            "beacon_timer_lateness_seconds",
            "beacon_timer_lateness_max_seconds");
    assertThat(r.body().endsWith("\n")).isTrue();
  }

  @Test
  @DisplayName("incident, page and escalation counts follow what happens, read from the store")
  void storeMetricsFollowIncidents() throws Exception {
    String declaredSev1 = "beacon_incidents{status=\"declared\",severity=\"SEV1\"}";
    String acknowledgedSev1 = "beacon_incidents{status=\"acknowledged\",severity=\"SEV1\"}";
    assertThat(metric(declaredSev1)).isZero();

    type(
        "alice",
        "/incident declare title:\"Payments API down\" severity:SEV1 service:payments-api");
    assertThat(metric(declaredSev1)).isEqualTo(1);
    assertThat(metric("beacon_pages_sent_total")).isEqualTo(1);
    assertThat(metric("beacon_escalations_total")).isZero();
    assertThat(metric("beacon_outbox_pending{kind=\"page\"}")).isZero();

    clock.advance(Duration.ofSeconds(20));
    beacon.escalations().sweep();
    beacon.outbox().drainNow();
    assertThat(metric("beacon_escalations_total")).isEqualTo(1);
    assertThat(metric("beacon_pages_sent_total")).isEqualTo(2);

    type("jan", "/incident ack INC-1");
    assertThat(metric(declaredSev1)).isZero();
    assertThat(metric(acknowledgedSev1)).isEqualTo(1);
    assertThat(metric("beacon_pages_failed_total")).isZero();
  }

  @Test
  @DisplayName("webhook counts by source and outcome go up with each request")
  void webhookCounts() throws Exception {
    String accepted = "beacon_webhook_requests_total{source=\"alertmanager\",outcome=\"accepted\"}";
    String refused =
        "beacon_webhook_requests_total{source=\"alertmanager\",outcome=\"unauthorized\"}";
    String body =
        "{\"groupKey\":\"g\",\"alerts\":[{\"fingerprint\":\"f\",\"status\":\"firing\","
            + "\"startsAt\":\"2026-11-24T03:00:00Z\"}]}";
    assertThat(metric(accepted)).isZero();

    HttpResponse<String> ok = post("/hooks/alertmanager", body, "Authorization", "Bearer am-token");
    HttpResponse<String> noToken = post("/hooks/alertmanager", body);
    HttpResponse<String> grafana = post("/hooks/grafana", body, "Authorization", "Bearer am-token");
    HttpResponse<String> pagerDuty = post("/hooks/pagerduty", "{}");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(grafana.statusCode()).as("BEACON_GRAFANA_* are not set").isEqualTo(401);
    assertThat(pagerDuty.statusCode()).as("the vendor hooks still answer").isEqualTo(401);
    assertThat(intake.batches()).hasSize(1);
    assertThat(metric(accepted)).isEqualTo(1);
    assertThat(metric(refused)).isEqualTo(1);
    assertThat(metric("beacon_webhook_requests_total{source=\"grafana\",outcome=\"unauthorized\"}"))
        .isEqualTo(1);
    assertThat(
            metric("beacon_webhook_requests_total{source=\"pagerduty\",outcome=\"unauthorized\"}"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a wake-up that Quartz fires shows in the lateness histogram")
  void timerLateness() throws Exception {
    String wakes = "beacon_timer_lateness_seconds_count{timer=\"wake\"}";
    assertThat(metric(wakes)).isZero();

    // The incident's first timer falls due at 03:00:20 by the test clock, long past by Quartz's.
    type(
        "alice",
        "/incident declare title:\"Payments API down\" severity:SEV1 service:payments-api");

    dev.beacon.bot.testing.Eventually.until(
        "a wake-up measured", Duration.ofSeconds(10), () -> metricOrZero(wakes) > 0);
    assertThat(metric(wakes)).isGreaterThanOrEqualTo(1);
    assertThat(metric("beacon_timer_lateness_max_seconds{timer=\"wake\"}"))
        .as("armed when already due: counted from arming, not from 03:00:20")
        .isLessThan(5);
  }
}
