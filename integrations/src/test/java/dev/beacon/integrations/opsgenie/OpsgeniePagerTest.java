package dev.beacon.integrations.opsgenie;

import static dev.beacon.integrations.http.TestPages.trigger;
import static dev.beacon.integrations.http.TestPages.withAction;
import static dev.beacon.integrations.http.TestPages.withDedupKey;
import static dev.beacon.integrations.http.TestPages.withSeverity;
import static dev.beacon.integrations.http.TestPages.withSummary;
import static dev.beacon.integrations.http.TestPages.withTarget;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.paging.PageAction;
import dev.beacon.core.paging.PageOutcome;
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

/** OpsgeniePager against a fake Alert API. */
class OpsgeniePagerTest {

  private static final String API_KEY = "eb243592-faa2-4ba2-a551q-1afdf565c889";
  private static final String REQUEST_ID = "43a29c5c-3dbf-4fa4-9c26-f4f71023e120";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client =
      new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
  private OpsgeniePager pager;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pager =
        new OpsgeniePager(
            client, URI.create(server.url("/").toString()), () -> Optional.of(API_KEY));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse accepted() {
    return new MockResponse.Builder()
        .code(202)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"result\":\"Request will be processed\",\"took\":0.302,\"requestId\":\""
                + REQUEST_ID
                + "\"}")
        .build();
  }

  private static JsonNode body(RecordedRequest request) throws IOException {
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void triggerCreatesAnAlertAliasedByTheDedupKey() throws Exception {
    server.enqueue(accepted());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isEqualTo(new PageOutcome.Accepted(REQUEST_ID));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/alerts");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("GenieKey " + API_KEY);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    JsonNode alert = body(request);
    assertThat(alert.path("message").asText()).isEqualTo("Checkout error rate 38% since 09:12");
    assertThat(alert.path("alias").asText()).isEqualTo("beacon-INC-7-1");
    assertThat(alert.path("description").asText())
        .contains("INC-7 (SEV1): Payments failing in eu-west")
        .contains("Runbook: https://runbooks.example.com/payments");
    assertThat(alert.path("responders")).hasSize(1);
    assertThat(alert.path("responders").get(0).path("type").asText()).isEqualTo("user");
    assertThat(alert.path("responders").get(0).path("username").asText())
        .isEqualTo("alice@example.com");
    assertThat(alert.path("priority").asText()).isEqualTo("P1");
    assertThat(alert.path("source").asText()).isEqualTo("Beacon");
    assertThat(alert.path("tags")).extracting(JsonNode::asText).contains("beacon", "INC-7", "SEV1");
    assertThat(alert.path("details").path("incident").asText()).isEqualTo("INC-7");
    assertThat(alert.path("details").path("service").asText()).isEqualTo("payments-api");
  }

  @ParameterizedTest
  @CsvSource({"SEV1,P1", "SEV2,P2", "SEV3,P3", "SEV4,P4"})
  void mapsSeverityToPriority(Severity severity, String priority) throws Exception {
    server.enqueue(accepted());

    pager.send(withSeverity(trigger(), severity));

    assertThat(body(server.takeRequest()).path("priority").asText()).isEqualTo(priority);
  }

  @Test
  void withoutATargetTheAlertGoesToTheKeysTeamWithNoResponders() throws Exception {
    server.enqueue(accepted());

    pager.send(withTarget(trigger(), ""));

    assertThat(body(server.takeRequest()).has("responders")).isFalse();
  }

  @Test
  void cutsALongMessageTo130Chars() throws Exception {
    server.enqueue(accepted());

    pager.send(withSummary(trigger(), "m".repeat(2000)));

    JsonNode alert = body(server.takeRequest());
    assertThat(alert.path("message").asText()).hasSize(130).endsWith("…");
    assertThat(alert.path("description").asText()).contains("m".repeat(2000));
  }

  @ParameterizedTest
  @CsvSource({"ACKNOWLEDGE,acknowledge,Acknowledged", "RESOLVE,close,Resolved"})
  void acknowledgeAndResolveActOnTheAlias(PageAction action, String verb, String note)
      throws Exception {
    server.enqueue(accepted());

    PageOutcome outcome = pager.send(withAction(trigger(), action));

    assertThat(outcome).isEqualTo(new PageOutcome.Accepted(REQUEST_ID));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget())
        .isEqualTo("/v2/alerts/beacon-INC-7-1/" + verb + "?identifierType=alias");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("GenieKey " + API_KEY);
    JsonNode body = body(request);
    assertThat(body.path("source").asText()).isEqualTo("Beacon");
    assertThat(body.path("note").asText()).isEqualTo(note + " in Beacon (INC-7)");
  }

  @Test
  void encodesTheAliasAsOnePathSegment() throws Exception {
    server.enqueue(accepted());

    pager.send(withAction(withDedupKey(trigger(), "team/a b?#1"), PageAction.RESOLVE));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget())
        .isEqualTo("/v2/alerts/team%2Fa%20b%3F%231/close?identifierType=alias");
    assertThat(request.getUrl().pathSegments())
        .containsExactly("v2", "alerts", "team/a b?#1", "close");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 422})
  void refusalsAreRejectedWithOpsgeniesMessage(int code) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .body(
                "{\"message\":\"Request body is not processable. Please check the errors.\","
                    + "\"errors\":{\"message\":\"Message can not be empty.\"},"
                    + "\"took\":0.083,\"requestId\":\"e2d7e5e6\"}")
            .build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Rejected.class);
    assertThat(((PageOutcome.Rejected) outcome).reason())
        .contains("HTTP " + code)
        .contains("Request body is not processable")
        .contains("message: Message can not be empty.")
        .doesNotContain(API_KEY);
  }

  @Test
  void rateLimitIsRetriedAfterWhatOpsgenieAsked() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "30")
            .addHeader("X-RateLimit-State", "THROTTLED")
            .build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome)
        .isEqualTo(
            new PageOutcome.RetryLater(
                "Opsgenie rate limit (HTTP 429)", Optional.of(Duration.ofSeconds(30))));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 503})
  void serverErrorsAreRetried(int code) {
    server.enqueue(new MockResponse.Builder().code(code).build());

    assertThat(pager.send(trigger())).isInstanceOf(PageOutcome.RetryLater.class);
  }

  @Test
  void aSlowOpsgenieIsATimeoutToRetry() {
    server.enqueue(accepted().newBuilder().headersDelay(2, TimeUnit.SECONDS).build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
    assertThat(((PageOutcome.RetryLater) outcome).reason()).startsWith("timeout");
  }

  @Test
  void withoutAnApiKeyNothingIsSentAndThePageIsRejected() {
    OpsgeniePager keyless =
        new OpsgeniePager(client, URI.create(server.url("/").toString()), Optional::empty);

    PageOutcome outcome = keyless.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Rejected.class);
    assertThat(((PageOutcome.Rejected) outcome).reason()).contains("no Opsgenie API key");
    assertThat(server.getRequestCount()).isZero();
  }
}
