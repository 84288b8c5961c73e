package dev.beacon.integrations.webhook;

import static dev.beacon.integrations.http.TestPages.trigger;
import static dev.beacon.integrations.http.TestPages.withAction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.core.paging.PageAction;
import dev.beacon.core.paging.PageOutcome;
import dev.beacon.core.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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

/** WebhookPager against a fake receiver that checks signatures as docs/webhook.md says. */
class WebhookPagerTest {

  private static final String SECRET = "whsec-test-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client =
      new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
  private final MutableClock clock = MutableClock.at("2026-11-24T09:15:31Z");
  private WebhookPager pager;

  @BeforeEach
  void start() throws IOException {
    server.start();
    pager = pager(Optional.of(SECRET));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private WebhookPager pager(Optional<String> secret) {
    return new WebhookPager(
        client, URI.create(server.url("/hooks/beacon").toString()), () -> secret, clock);
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(204).build();
  }

  @Test
  void postsTheVersionedBodyWithEveryHeader() throws Exception {
    server.enqueue(ok());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isEqualTo(new PageOutcome.Accepted("outbox-42"));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/hooks/beacon");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("X-Beacon-Event")).isEqualTo("page");
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("outbox-42");
    assertThat(request.getHeaders().get("X-Beacon-Timestamp"))
        .isEqualTo(Long.toString(clock.instant().getEpochSecond()));
    JsonNode body = JSON.readTree(request.getBody().utf8());
    assertThat(body.path("version").asInt()).isEqualTo(1);
    assertThat(body.path("id").asText()).isEqualTo("outbox-42");
    assertThat(body.path("event").asText()).isEqualTo("page");
    assertThat(body.path("dedupKey").asText()).isEqualTo("beacon-INC-7-1");
    JsonNode incident = body.path("incident");
    assertThat(incident.path("id").asText()).isEqualTo("INC-7");
    assertThat(incident.path("title").asText()).isEqualTo("Payments failing in eu-west");
    assertThat(incident.path("severity").asText()).isEqualTo("SEV1");
    assertThat(incident.path("summary").asText()).isEqualTo("Checkout error rate 38% since 09:12");
    assertThat(incident.path("links").get(0).path("href").asText())
        .isEqualTo("https://beacon.example.com/incidents/7");
    assertThat(body.path("recipient").path("person").asText()).isEqualTo("alice");
    assertThat(body.path("recipient").path("target").asText()).isEqualTo("alice@example.com");
    assertThat(body.path("details").path("region").asText()).isEqualTo("eu-west");
    assertThat(body.path("decidedAt").asText()).isEqualTo("2026-11-24T09:15:30Z");
    assertThat(body.path("sentAt").asText()).isEqualTo("2026-11-24T09:15:31Z");
  }

  @Test
  void theSignatureVerifiesForTheReceiverAndFailsWhenTamperedWith() throws Exception {
    server.enqueue(ok());

    pager.send(trigger());

    RecordedRequest request = server.takeRequest();
    byte[] body = request.getBody().toByteArray();
    String ts = request.getHeaders().get("X-Beacon-Timestamp");
    String sig = request.getHeaders().get("X-Beacon-Signature");
    Instant receivedAt = clock.instant().plusSeconds(2);
    Duration tolerance = Duration.ofMinutes(5);
    assertThat(sig).matches("v1=[0-9a-f]{64}");
    assertThat(WebhookSignature.verify(SECRET, ts, sig, body, receivedAt, tolerance)).isTrue();
    byte[] tampered =
        new String(body, java.nio.charset.StandardCharsets.UTF_8)
            .replace("SEV1", "SEV4")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(WebhookSignature.verify(SECRET, ts, sig, tampered, receivedAt, tolerance)).isFalse();
    assertThat(WebhookSignature.verify("wrong", ts, sig, body, receivedAt, tolerance)).isFalse();
    assertThat(
            WebhookSignature.verify(
                SECRET, ts, sig, body, receivedAt.plus(Duration.ofMinutes(10)), tolerance))
        .isFalse();
  }

  @Test
  void withoutASecretTheRequestIsSentUnsigned() throws Exception {
    server.enqueue(ok());

    PageOutcome outcome = pager(Optional.empty()).send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Accepted.class);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Beacon-Signature")).isNull();
    assertThat(request.getHeaders().get("X-Beacon-Timestamp")).isNotNull();
  }

  @ParameterizedTest
  @CsvSource({"ACKNOWLEDGE,acknowledge", "RESOLVE,resolve"})
  void namesTheEventInHeaderAndBody(PageAction action, String event) throws Exception {
    server.enqueue(ok());

    pager.send(withAction(trigger(), action));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Beacon-Event")).isEqualTo(event);
    assertThat(JSON.readTree(request.getBody().utf8()).path("event").asText()).isEqualTo(event);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 410, 422})
  void clientErrorsAreRejected(int code) {
    server.enqueue(new MockResponse.Builder().code(code).body("no such hook").build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Rejected.class);
    assertThat(((PageOutcome.Rejected) outcome).reason())
        .contains("HTTP " + code)
        .contains("no such hook");
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 503})
  void timeoutsRateLimitsAndServerErrorsAreRetried(int code) {
    server.enqueue(new MockResponse.Builder().code(code).addHeader("Retry-After", "30").build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
    assertThat(((PageOutcome.RetryLater) outcome).retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Test
  void aRedirectIsNotFollowedWithTheSignedBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", "https://elsewhere.example/")
            .build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.Rejected.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSlowReceiverIsATimeoutToRetry() {
    server.enqueue(ok().newBuilder().headersDelay(2, TimeUnit.SECONDS).build());

    PageOutcome outcome = pager.send(trigger());

    assertThat(outcome).isInstanceOf(PageOutcome.RetryLater.class);
    assertThat(((PageOutcome.RetryLater) outcome).reason()).startsWith("timeout");
  }
}
