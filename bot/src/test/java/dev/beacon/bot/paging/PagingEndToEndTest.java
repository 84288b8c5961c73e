package dev.beacon.bot.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.integrations.http.Hmac;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The whole of Beacon with PagerDuty's Events API played by MockWebServer over real HTTP: wei's
 * first contact method is PagerDuty. Time is a mutable clock; delivery is driven by hand.
 */
@DisplayName("Paging through PagerDuty, end to end")
class PagingEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T03:00:00Z");
  private final MockWebServer pagerDuty = new MockWebServer();
  private final List<JsonNode> events = new ArrayList<>();
  private Instant unavailableUntil = Instant.MIN;
  private Beacon beacon;

  static String config(String pagerDutyUrl) {
    return dev.beacon.bot.testing.PagerDutyTestConfig.yaml(pagerDutyUrl);
  }

  @BeforeEach
  void start() throws Exception {
    pagerDuty.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            synchronized (events) {
              try {
                events.add(JSON.readTree(request.getBody().utf8()));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }
            if (clock.instant().isBefore(unavailableUntil)) {
              return new MockResponse.Builder().code(503).body("unavailable").build();
            }
            return new MockResponse.Builder()
                .code(202)
                .body(
                    "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"beacon-INC-1\"}")
                .build();
          }
        });
    pagerDuty.start();
    BeaconConfig config = ConfigLoader.load("paging.yaml", config(pagerDuty.url("/").toString()));
    beacon =
        Beacon.open(
                config,
                data,
                clock,
                message -> {},
                Map.of(
                    "PD_ROUTING_KEY",
                    "R0UT1NGKEY00000000000000000000AB",
                    "PD_WEBHOOK_SECRET",
                    "whsec"))
            .start(Optional.empty());
  }

  @AfterEach
  void stop() throws Exception {
    beacon.close();
    pagerDuty.close();
  }

  private void type(String who, String line) {
    beacon.commands().dispatchLine(Actor.person(who), "console", line);
    beacon.outbox().drainNow();
  }

  private List<JsonNode> sent() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  @Test
  @DisplayName(
      "a SEV1 sends one trigger with the documented fields; ack sends one acknowledge, same dedup_key")
  void triggerThenAcknowledge() {
    type("jan", "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");

    assertThat(sent())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path("routing_key").asText())
                  .isEqualTo("R0UT1NGKEY00000000000000000000AB");
              assertThat(e.path("event_action").asText()).isEqualTo("trigger");
              assertThat(e.path("dedup_key").asText()).isEqualTo("beacon-INC-1");
              assertThat(e.path("payload").path("severity").asText()).isEqualTo("critical");
              assertThat(e.path("payload").path("summary").asText()).contains("Payments API 5xx");
              assertThat(e.path("payload").path("source").asText()).isNotEmpty();
              assertThat(e.path("payload").path("custom_details").path("incident").asText())
                  .isEqualTo("INC-1");
              assertThat(e.path("links").get(0).path("href").asText())
                  .isEqualTo("https://wiki.example.com/runbooks/payments-api");
            });

    type("wei", "/incident ack INC-1");

    assertThat(sent()).hasSize(2);
    assertThat(sent().get(1).path("event_action").asText()).isEqualTo("acknowledge");
    assertThat(sent().get(1).path("dedup_key").asText()).isEqualTo("beacon-INC-1");
  }

  @Test
  @DisplayName(
      "503 for two minutes, then 202: the page arrives once after recovery, every attempt in the timeline")
  void deliveredOnceAfterAnOutage() {
    unavailableUntil = clock.instant().plus(Duration.ofMinutes(2));
    type("jan", "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");

    for (int s = 0; s < 330; s++) {
      clock.advance(Duration.ofSeconds(1));
      beacon.outbox().drainNow();
    }

    List<JsonNode> triggers =
        sent().stream().filter(e -> e.path("event_action").asText().equals("trigger")).toList();
    List<String> attempts =
        beacon.incidents().timeline(new IncidentId(1)).stream()
            .map(TimelineEvent::describe)
            .filter(d -> d.startsWith("page to wei via pagerduty"))
            .toList();
    // Backoff with jitter from 1 s: about 7 attempts in the two minutes, then one that succeeds.
    assertThat(triggers)
        .hasSize(attempts.size())
        .hasSizeBetween(6, 10)
        .extracting(e -> e.path("dedup_key").asText())
        .containsOnly("beacon-INC-1");
    assertThat(attempts.subList(0, attempts.size() - 1))
        .allSatisfy(a -> assertThat(a).contains("): retry").contains("503"));
    assertThat(attempts.get(attempts.size() - 1)).contains("): accepted");
    assertThat(beacon.delivery().pagesOf(new IncidentId(1)))
        .singleElement()
        .satisfies(p -> assertThat(p.sentAt()).isAfterOrEqualTo(unavailableUntil));
  }

  @Test
  @DisplayName("a signed PagerDuty webhook acknowledges the incident as the person who acked there")
  void inboundWebhookAcknowledges() throws Exception {
    type("jan", "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");
    byte[] body =
        new String(
                PagingEndToEndTest.class
                    .getResourceAsStream("/pagerduty/incident-acknowledged.json")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceAll("\"incident_key\"\\s*:\\s*\"[^\"]*\"", "\"incident_key\": \"beacon-INC-1\"")
            .getBytes(StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newHttpClient();
    URI hook =
        URI.create("http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/hooks/pagerduty");

    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(hook)
                .header("X-PagerDuty-Signature", "v1=" + Hmac.sha256Hex("wrong", body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> signed =
        http.send(
            HttpRequest.newBuilder(hook)
                .header("X-PagerDuty-Signature", "v1=" + Hmac.sha256Hex("whsec", body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    HttpResponse<String> opsgenie =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/hooks/opsgenie"))
                .header("X-Beacon-Token", "guess")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"Acknowledge\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> huge =
        http.send(
            HttpRequest.newBuilder(hook)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(1 << 20) + 1]))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(opsgenie.statusCode()).as("no callback token configured").isEqualTo(401);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).isEqualTo("unauthorized\n");
    assertThat(signed.statusCode()).isEqualTo(202);
    assertThat(beacon.incidents().get(new IncidentId(1)).status()).isEqualTo(Status.ACKNOWLEDGED);
    assertThat(beacon.incidents().timeline(new IncidentId(1)))
        .filteredOn(e -> e.kind().equals("acknowledged"))
        .singleElement()
        .satisfies(e -> assertThat(e.actor().id()).startsWith("system:pagerduty ("));
  }
}
