package dev.beacon.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bot.testing.Eventually;
import dev.beacon.bot.testing.PagerDutyEvents;
import dev.beacon.bot.testing.PagerDutyTestConfig;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.outbox.OutboxMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alerts.rules} with {@code page} and {@code post}, end to end: the generic webhook over
 * HTTP, the outbox in a real SQLite file, PagerDuty's Events API played by MockWebServer, and the
 * chat delivery recording what a channel would show.
 */
@DisplayName("Alert rules that page or post without an incident, over HTTP")
class AlertRulesOverHttpTest {

  private static final String TOKEN = "generic-token-for-tests";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private final MockWebServer pagerDuty = new MockWebServer();
  private final PagerDutyEvents recorded = new PagerDutyEvents();
  private final List<OutboxMessage> chat = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private Beacon beacon;

  @BeforeEach
  void start() throws Exception {
    pagerDuty.setDispatcher(recorded);
    pagerDuty.start();
    String yaml =
        PagerDutyTestConfig.yaml(pagerDuty.url("/").toString())
            + """
            alerts:
              sources:
                generic: {tokenEnv: GENERIC_TOKEN}
              rules:
                - {service: payments-api, severity: SEV3, action: page}
                - {severity: SEV4, action: post, channel: ops-alerts}
            """;
    beacon =
        Beacon.open(
                ConfigLoader.load("alerts.yaml", yaml),
                data,
                Clock.systemUTC(),
                chat::add,
                Map.of(
                    "PD_ROUTING_KEY", "R0UT1NGKEY00000000000000000000AB",
                    "PD_WEBHOOK_SECRET", "whsec",
                    "GENERIC_TOKEN", TOKEN))
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
  }

  @AfterEach
  void stop() throws Exception {
    if (beacon != null) {
      beacon.close();
    }
    pagerDuty.close();
  }

  private HttpResponse<String> alert(String dedupKey, String status, String severity)
      throws Exception {
    String body =
        """
        {"version": 1, "group": "%s", "alerts": [{"dedupKey": "%s", "status": "%s",
          "summary": "Settlement queue backlog above 10k", "service": "payments-api",
          "severity": "%s",
          "annotations": {"runbook_url": "https://wiki.example.com/runbooks/queue"}}]}"""
            .formatted(dedupKey, dedupKey, status, severity);
    return client.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/hooks/generic"))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode event(String action) {
    return Eventually.value(
        "a PagerDuty " + action,
        WAIT,
        () ->
            recorded.events().stream()
                .filter(e -> e.path("event_action").asText().equals(action))
                .findFirst()
                .orElse(null));
  }

  @Test
  @DisplayName("a page rule triggers PagerDuty for the on-call with no incident; resolve follows")
  void pageRule() throws Exception {
    HttpResponse<String> fired = alert("backlog", "firing", "warning");

    assertThat(fired.statusCode()).as(fired.body()).isEqualTo(200);
    JsonNode trigger = event("trigger");
    assertThat(trigger.path("dedup_key").asText()).isEqualTo("beacon-alert-1");
    assertThat(trigger.path("payload").path("summary").asText())
        .contains("Settlement queue backlog above 10k");
    assertThat(trigger.path("payload").path("severity").asText()).isEqualTo("warning");
    assertThat(trigger.path("links").toString())
        .contains("https://wiki.example.com/runbooks/queue");
    assertThat(beacon.store().recent(10)).as("no incident declared").isEmpty();

    HttpResponse<String> cleared = alert("backlog", "resolved", "warning");

    assertThat(cleared.statusCode()).isEqualTo(200);
    JsonNode resolve = event("resolve");
    assertThat(resolve.path("dedup_key").asText()).isEqualTo("beacon-alert-1");
    assertThat(recorded.events()).hasSize(2);
  }

  @Test
  @DisplayName("a post rule posts FIRING then RESOLVED in the named channel, no incident, no page")
  void postRule() throws Exception {
    assertThat(alert("disk", "firing", "info").statusCode()).isEqualTo(200);
    assertThat(alert("disk", "resolved", "info").statusCode()).isEqualTo(200);

    List<String> posts =
        Eventually.value(
            "two posts in #ops-alerts",
            WAIT,
            () -> {
              List<String> in =
                  chat.stream()
                      .filter(m -> m.recipient().equals("#ops-alerts"))
                      .map(OutboxMessage::text)
                      .toList();
              return in.size() >= 2 ? in : null;
            });
    assertThat(posts.get(0)).startsWith("FIRING · SEV4 · Settlement queue backlog above 10k");
    assertThat(posts.get(1)).startsWith("RESOLVED · SEV4");
    assertThat(beacon.store().recent(10)).isEmpty();
    assertThat(recorded.events()).as("nothing paged").isEmpty();
  }
}
