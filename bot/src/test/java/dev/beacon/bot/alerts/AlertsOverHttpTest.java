package dev.beacon.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.AlertFired;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alertmanager-format webhooks over real HTTP into the whole of Beacon (demo configuration, SQLite
 * store): grouping and storms as a sender sees them, and bad requests that change nothing.
 */
@DisplayName("Alerts over HTTP, into the store")
class AlertsOverHttpTest {

  private static final String TOKEN = "am-token-for-tests";

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  private final HttpClient client = HttpClient.newHttpClient();
  private Beacon beacon;

  @BeforeEach
  void start() throws Exception {
    beacon =
        Beacon.open(
                ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml")),
                data,
                clock,
                message -> {},
                Map.of("BEACON_ALERTMANAGER_TOKEN", TOKEN))
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
  }

  @AfterEach
  void stop() {
    beacon.close();
  }

  private static String payload(String groupKey, String fingerprint, String status) {
    return """
        {"receiver":"beacon","status":"%s","version":"4","groupKey":"%s","truncatedAlerts":0,
         "externalURL":"http://am.example:9093","groupLabels":{},"commonLabels":{},
         "commonAnnotations":{},
         "alerts":[{"status":"%s","fingerprint":"%s",
           "labels":{"alertname":"NavCalculationLate","service":"nav-calculation",
                     "severity":"critical"},
           "annotations":{"summary":"NAV batch has not finished 30m after cut-off"},
           "startsAt":"2026-11-24T09:55:00.123456789Z","endsAt":"0001-01-01T00:00:00Z",
           "generatorURL":""}]}"""
        .formatted(status, groupKey.replace("\"", "\\\""), status, fingerprint);
  }

  private HttpResponse<String> post(String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/hooks/alertmanager"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String body) throws Exception {
    return post(body, "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
  }

  private long alertsInTimelines() {
    return beacon.store().recent(1000).stream()
        .flatMap(i -> beacon.store().timeline(i.id()).stream())
        .filter(AlertFired.class::isInstance)
        .count();
  }

  @Test
  @DisplayName("100 alerts sharing a groupKey make one incident, each alert in its timeline")
  void oneGroupKeyOneIncident() throws Exception {
    for (int i = 0; i < 100; i++) {
      HttpResponse<String> r =
          send(payload("{}:{alertname=\"NavCalculationLate\"}", "fp" + i, "firing"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    assertThat(beacon.store().recent(10)).hasSize(1);
    assertThat(alertsInTimelines()).isEqualTo(100);
  }

  @Test
  @DisplayName("distinct groupKeys beyond the cap make the cap plus one storm incident; none lost")
  void distinctGroupsBeyondTheCap() throws Exception {
    for (int i = 0; i < 40; i++) {
      HttpResponse<String> r = send(payload("{}:{group=\"g" + i + "\"}", "fp" + i, "firing"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      clock.advance(Duration.ofMillis(500));
    }

    List<Incident> incidents = beacon.store().recent(100);
    assertThat(incidents).hasSize(10 + 1);
    assertThat(incidents).extracting(Incident::title).contains("Alert storm from alertmanager");
    assertThat(alertsInTimelines()).as("every alert in a timeline").isEqualTo(40);
  }

  @Test
  @DisplayName("no auth, wrong auth, 2 MiB, broken JSON, wrong types: 401/413/400, store unchanged")
  void badRequestsChangeNothing() throws Exception {
    String good = payload("{}:{alertname=\"NavCalculationLate\"}", "fp", "firing");

    HttpResponse<String> none = post(good);
    HttpResponse<String> wrong = post(good, "Authorization", "Bearer not-the-token");
    HttpResponse<String> huge =
        send(good.replace("NAV batch", "NAV batch " + "x".repeat(2 * 1024 * 1024)));
    HttpResponse<String> broken = send("{\"version\":\"4\",\"alerts\":[");
    HttpResponse<String> types =
        send(
            good.replace("\"startsAt\":\"2026", "\"startsAt\":2026")
                .replace("-11-24T09:55:00.123456789Z\"", ""));

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(none.body()).doesNotContain("token");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("error");
    assertThat(types.statusCode()).isEqualTo(400);
    assertThat(types.body()).contains("startsAt");
    assertThat(beacon.store().recent(10)).as("nothing stored").isEmpty();
    HttpResponse<String> metrics =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/metrics"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.body())
        .contains(
            "beacon_webhook_requests_total{source=\"alertmanager\",outcome=\"unauthorized\"} 2")
        .contains("beacon_webhook_requests_total{source=\"alertmanager\",outcome=\"too_large\"} 1")
        .contains(
            "beacon_webhook_requests_total{source=\"alertmanager\",outcome=\"bad_request\"} 2");
  }
}
