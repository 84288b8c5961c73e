package dev.beacon.integrations.pagerduty;

import static dev.beacon.integrations.http.TestPages.trigger;
import static dev.beacon.integrations.http.TestPages.withAction;
import static dev.beacon.integrations.http.TestPages.withDedupKey;
import static dev.beacon.integrations.http.TestPages.withSeverity;
import static dev.beacon.integrations.http.TestPages.withSummary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.paging.PageAction;
import dev.beacon.core.paging.PageOutcome;
import dev.beacon.core.paging.PageRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PagerDutyPager against a fake Events API v2. */
class PagerDutyPagerTest {

  private static final String KEY = "R0UT1NGK3Y0000000000000000000001";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client =
      new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
  private PagerDutyPager pager;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pager = pager(r -> Optional.of(KEY));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PagerDutyPager pager(java.util.function.Function<PageRequest, Optional<String>> key) {
    return new PagerDutyPager(
        client, URI.create(server.url("/").toString()), key, "beacon.example.com");
  }

  private static MockResponse accepted(String dedupKey) {
    return new MockResponse.Builder()
        .code(202)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\""
                + dedupKey
                + "\"}")
        .build();
  }

  private JsonNode sentBody(RecordedRequest request) throws IOException {
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void triggerPostsAnEventsApiV2EventWithEverythingThePersonNeeds() throws Exception {
    server.enqueue(accepted("beacon-INC-7-1"));

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isEqualTo(new PageOutcome.Accepted("beacon-INC-7-1"));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/enqueue");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    JsonNode body = sentBody(request);
    assertThat(body.path("routing_key").asText()).isEqualTo(KEY);
    assertThat(body.path("event_action").asText()).isEqualTo("trigger");
    assertThat(body.path("dedup_key").asText()).isEqualTo("beacon-INC-7-1");
    assertThat(body.path("client").asText()).isEqualTo("Beacon");
    JsonNode payload = body.path("payload");
    assertThat(payload.path("summary").asText()).isEqualTo("Checkout error rate 38% since 09:12");
    assertThat(payload.path("source").asText()).isEqualTo("beacon.example.com");
    assertThat(payload.path("severity").asText()).isEqualTo("critical");
    assertThat(payload.path("component").asText()).isEqualTo("payments-api");
    assertThat(payload.path("timestamp").asText()).isEqualTo("2026-11-24T09:15:30Z");
    JsonNode custom = payload.path("custom_details");
    assertThat(custom.path("incident").asText()).isEqualTo("INC-7");
    assertThat(custom.path("person").asText()).isEqualTo("alice");
    assertThat(custom.path("target").asText()).isEqualTo("alice@example.com");
    assertThat(custom.path("region").asText()).isEqualTo("eu-west");
    assertThat(custom.path("service").asText()).isEqualTo("payments-api");
    assertThat(body.path("links")).hasSize(2);
    assertThat(body.path("links").get(1).path("href").asText())
        .isEqualTo("https://runbooks.example.com/payments");
    assertThat(body.path("links").get(1).path("text").asText()).isEqualTo("Runbook");
  }

  @ParameterizedTest
  @CsvSource({"SEV1,critical", "SEV2,error", "SEV3,warning", "SEV4,info"})
  void mapsSeverityToPagerDutys(Severity severity, String expected) throws Exception {
    server.enqueue(accepted("k"));

    pager.send(withSeverity(trigger(), severity));

    assertThat(sentBody(server.takeRequest()).path("payload").path("severity").asText())
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"ACKNOWLEDGE,acknowledge", "RESOLVE,resolve"})
  void acknowledgeAndResolveSendOnlyTheKeyAndTheAction(PageAction action, String expected)
      throws Exception {
    server.enqueue(accepted("beacon-INC-7-1"));

    PageOutcome outcome = pager.send(withAction(trigger(), action));

    assertThat(outcome).isInstanceOf(PageOutcome.Accepted.class);
    JsonNode body = sentBody(server.takeRequest());
    assertThat(body.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key");
    assertThat(body.path("event_action").asText()).isEqualTo(expected);
    assertThat(body.path("dedup_key").asText()).isEqualTo("beacon-INC-7-1");
  }

  @Test
  void cutsALongSummaryTo1024CharsWithAnEllipsis() throws Exception {
    server.enqueue(accepted("k"));

    pager.send(withSummary(trigger(), "s".repeat(2000)));

    String summary = sentBody(server.takeRequest()).path("payload").path("summary").asText();
    assertThat(summary).hasSize(1024).endsWith("…");
  }

  @Test
  void cutsALongDedupKeyTo255Chars() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).body("{\"status\":\"success\"}").build());

    PageOutcome outcome = pager.send(withDedupKey(trigger(), "d".repeat(300)));

    String sent = sentBody(server.takeRequest()).path("dedup_key").asText();
    assertThat(sent).hasSize(255).startsWith("d".repeat(200));
    // No dedup_key in PagerDuty's answer: ours (as sent) is the reference.
    assertThat(outcome).isEqualTo(new PageOutcome.Accepted(sent));
  }

  @Test
  void badRequestIsRejectedWithPagerDutysMessage() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body(
                "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
                    + "\"errors\":[\"Length of 'routing_key' is incorrect (should be 32 characters)\"]}")
            .build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Rejected.class);
    assertThat(((PageOutcome.Rejected) outcome).reason())
        .contains("HTTP 400")
        .contains("Event object is invalid")
        .contains("Length of 'routing_key' is incorrect");
  }

  @Test
  void rateLimitIsRetriedAfterWhatPagerDutyAsked() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
    assertThat(((PageOutcome.RetryLater) outcome).retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Test
  void rateLimitGivenAsAnHttpDateIsMeasuredFromTheResponseDate() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Date", "Tue, 24 Nov 2026 09:15:30 GMT")
            .addHeader("Retry-After", "Tue, 24 Nov 2026 09:16:15 GMT")
            .build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(((PageOutcome.RetryLater) outcome).retryAfter()).contains(Duration.ofSeconds(45));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void serverErrorsAreRetried(int code) {
    server.enqueue(new MockResponse.Builder().code(code).body("upstream trouble").build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
    assertThat(((PageOutcome.RetryLater) outcome).reason()).contains("HTTP " + code);
    assertThat(((PageOutcome.RetryLater) outcome).retryAfter()).isEmpty();
  }

  @Test
  void aSlowPagerDutyIsATimeoutToRetry() {
    server.enqueue(accepted("k").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
    assertThat(((PageOutcome.RetryLater) outcome).reason()).startsWith("timeout");
  }

  @Test
  void anUnreachablePagerDutyIsRetried() {
    server.close();

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
  }

  @Test
  void withoutARoutingKeyNothingIsSentAndThePageIsRejected() {
    PageOutcome outcome = pager(r -> Optional.empty()).send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Rejected.class);
    assertThat(((PageOutcome.Rejected) outcome).reason())
        .contains("no PagerDuty routing key")
        .contains("INC-7")
        .contains("routingKeyEnv");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void neverPutsTheRoutingKeyInAReason() {
    server.enqueue(new MockResponse.Builder().code(403).body("").build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome.describe()).doesNotContain(KEY).contains("HTTP 403");
  }

  @Test
  void honoursAPathInTheBaseUrl() throws Exception {
    server.enqueue(accepted("k"));
    PagerDutyPager proxied =
        new PagerDutyPager(
            client, URI.create(server.url("/pd-proxy/").toString()), r -> Optional.of(KEY), "b");

    proxied.send(trigger());

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/pd-proxy/v2/enqueue");
  }
}
