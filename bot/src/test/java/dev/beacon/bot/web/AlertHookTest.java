package dev.beacon.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.testing.JsonAlertParser;
import dev.beacon.bot.testing.RecordingIntake;
import dev.beacon.bot.web.WebhookCounters.Outcome;
import dev.beacon.core.alerts.IntakeUnavailable;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.integrations.http.Hmac;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The alert webhooks over real HTTP on a loopback port, with a recording intake and a stand-in
 * parser: what a sender is answered, and whether anything reached the intake.
 */
@DisplayName("Alert webhooks")
class AlertHookTest {

  static final int MIB = 1 << 20;

  private final MutableClock clock = MutableClock.at("2026-11-24T09:00:00Z");
  private final RecordingIntake intake = new RecordingIntake();
  private final WebhookCounters counters =
      new WebhookCounters(List.of("alertmanager", "grafana", "generic"));
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpListener listener;
  private byte[] firing;

  @BeforeEach
  void listen() throws IOException {
    firing =
        AlertHookTest.class.getResourceAsStream("/alerts/alertmanager-firing.json").readAllBytes();
    listener =
        listen(
            new SenderAuth(AlertSender.ALERTMANAGER, Optional.of("am-token"), Optional.empty()),
            new SenderAuth(AlertSender.GRAFANA, Optional.empty(), Optional.of("gf-secret")),
            new SenderAuth(
                AlertSender.GENERIC, Optional.of("gen-token"), Optional.of("gen-secret")));
  }

  private HttpListener listen(SenderAuth... auths) {
    Map<String, com.sun.net.httpserver.HttpHandler> routes = new LinkedHashMap<>();
    for (SenderAuth auth : auths) {
      routes.put(
          auth.sender().path(),
          new AlertHook(
              auth, new JsonAlertParser(auth.sender().id()), intake, MIB, counters, clock));
    }
    return HttpListener.start("127.0.0.1", 0, routes);
  }

  @AfterEach
  void close() {
    listener.close();
  }

  private HttpResponse<String> send(String method, String path, byte[] body, String... headers)
      throws Exception {
    return send(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  private HttpResponse<String> send(
      String method, String path, HttpRequest.BodyPublisher body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + path))
            .method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, byte[] body, String... headers) throws Exception {
    return send("POST", path, body, headers);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Nested
  @DisplayName("refuse who cannot prove who they are, with 401 and nothing taken")
  class Authentication {

    @Test
    @DisplayName("no Authorization header")
    void noAuthorization() throws Exception {
      HttpResponse<String> r = post("/hooks/alertmanager", firing);

      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.body()).isEqualTo("{\"error\":\"unauthorized\"}");
      assertThat(intake.batches()).isEmpty();
      assertThat(counters.total("alertmanager", Outcome.UNAUTHORIZED)).isEqualTo(1);
    }

    @Test
    @DisplayName("a wrong bearer token, or a right one under another scheme")
    void wrongToken() throws Exception {
      HttpResponse<String> wrong =
          post("/hooks/alertmanager", firing, "Authorization", "Bearer am-tokem");
      HttpResponse<String> basic =
          post("/hooks/alertmanager", firing, "Authorization", "Basic am-token");

      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(basic.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).isEqualTo(basic.body()).isEqualTo("{\"error\":\"unauthorized\"}");
      assertThat(intake.batches()).isEmpty();
    }

    @Test
    @DisplayName("a generic signature made with another secret, or over another body")
    void wrongGenericSignature() throws Exception {
      String forged = "sha256=" + Hmac.sha256Hex("guess", firing);
      String otherBody = "sha256=" + Hmac.sha256Hex("gen-secret", utf8("{}"));

      assertThat(post("/hooks/generic", firing, "X-Beacon-Signature", forged).statusCode())
          .isEqualTo(401);
      assertThat(post("/hooks/generic", firing, "X-Beacon-Signature", otherBody).statusCode())
          .isEqualTo(401);
      assertThat(
              post(
                      "/hooks/generic",
                      firing,
                      "X-Beacon-Signature",
                      Hmac.sha256Hex("gen-secret", firing))
                  .statusCode())
          .as("the sha256= prefix is part of the header")
          .isEqualTo(401);
      assertThat(intake.batches()).isEmpty();
      assertThat(counters.total("generic", Outcome.UNAUTHORIZED)).isEqualTo(3);
    }

    @Test
    @DisplayName("a Grafana signature made with another secret, or a stale signed timestamp")
    void wrongGrafanaSignature() throws Exception {
      long now = clock.instant().getEpochSecond();
      String stale = Long.toString(now - 600);
      String staleSignature =
          Hmac.sha256Hex(
              "gf-secret", utf8(stale + ":" + new String(firing, StandardCharsets.UTF_8)));

      HttpResponse<String> forged =
          post(
              "/hooks/grafana",
              firing,
              "X-Grafana-Alerting-Signature",
              Hmac.sha256Hex("guess", firing));
      HttpResponse<String> replayed =
          post(
              "/hooks/grafana",
              firing,
              "X-Grafana-Alerting-Signature",
              staleSignature,
              "X-Grafana-Alerting-Timestamp",
              stale);
      HttpResponse<String> bearerOnly =
          post("/hooks/grafana", firing, "Authorization", "Bearer gf-secret");

      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(replayed.statusCode()).as("ten minutes old").isEqualTo(401);
      assertThat(bearerOnly.statusCode()).as("grafana has no token configured").isEqualTo(401);
      assertThat(intake.batches()).isEmpty();
    }

    @Test
    @DisplayName("a source with no token and no secret refuses even a plausible request")
    void unconfiguredSourceRefusesEverything() throws Exception {
      listener.close();
      listener = listen(new SenderAuth(AlertSender.GENERIC, Optional.of(" "), Optional.empty()));

      HttpResponse<String> r =
          post(
              "/hooks/generic",
              firing,
              "Authorization",
              "Bearer  ",
              "X-Beacon-Signature",
              "sha256=" + Hmac.sha256Hex("anything", firing));

      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(intake.batches()).isEmpty();
    }
  }

  @Nested
  @DisplayName("accept a proven sender")
  class Accepting {

    @Test
    @DisplayName("Alertmanager with its bearer token: 200 naming the incidents, batch handed over")
    void alertmanagerWithToken() throws Exception {
      HttpResponse<String> r =
          post(
              "/hooks/alertmanager",
              firing,
              "Authorization",
              "Bearer am-token",
              "Content-Type",
              "application/json");

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(r.body())
          .isEqualTo("{\"alerts\":1,\"incidents\":[\"INC-4\"],\"outcome\":\"grouped\"}");
      assertThat(intake.batches())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.source()).isEqualTo("alertmanager");
                assertThat(b.groupKey())
                    .isEqualTo(
                        "{}:{alertname=\"NavCalculationLate\", service=\"nav-calculation\"}");
                assertThat(b.alerts().get(0).fingerprint()).isEqualTo("455084bd7a034951");
              });
      assertThat(counters.total("alertmanager", Outcome.ACCEPTED)).isEqualTo(1);
    }

    @Test
    @DisplayName("the generic intake with either its token or its signature")
    void genericWithTokenOrSignature() throws Exception {
      HttpResponse<String> token =
          post("/hooks/generic", firing, "Authorization", "bearer gen-token");
      HttpResponse<String> signed =
          post(
              "/hooks/generic",
              firing,
              "X-Beacon-Signature",
              "sha256=" + Hmac.sha256Hex("gen-secret", firing));

      assertThat(token.statusCode()).isEqualTo(200);
      assertThat(signed.statusCode()).isEqualTo(200);
      assertThat(intake.batches()).hasSize(2);
    }

    @Test
    @DisplayName("Grafana's HMAC as Grafana sends it: body only, or timestamp:body, POST or PUT")
    void grafanaSignatures() throws Exception {
      String ts = Long.toString(clock.instant().getEpochSecond() - 30);
      byte[] withTimestamp = utf8(ts + ":" + new String(firing, StandardCharsets.UTF_8));

      HttpResponse<String> plain =
          post(
              "/hooks/grafana",
              firing,
              "X-Grafana-Alerting-Signature",
              Hmac.sha256Hex("gf-secret", firing));
      HttpResponse<String> timed =
          send(
              "PUT",
              "/hooks/grafana",
              firing,
              "X-Grafana-Alerting-Signature",
              Hmac.sha256Hex("gf-secret", withTimestamp),
              "X-Grafana-Alerting-Timestamp",
              ts);
      HttpResponse<String> codeDefaultHeader =
          post(
              "/hooks/grafana",
              firing,
              "X-Grafana-Alert-Signature",
              Hmac.sha256Hex("gf-secret", firing));

      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(timed.statusCode()).isEqualTo(200);
      assertThat(codeDefaultHeader.statusCode()).isEqualTo(200);
      assertThat(intake.batches()).extracting(b -> b.source()).containsOnly("grafana").hasSize(3);
    }
  }

  @Nested
  @DisplayName("refuse what cannot be taken, with nothing taken")
  class Refusals {

    @Test
    @DisplayName("a 2 MiB body gets 413, whether its length is declared or streamed")
    void oversizedBody() throws Exception {
      byte[] huge = new byte[2 * MIB];
      HttpResponse<String> declared =
          post("/hooks/alertmanager", huge, "Authorization", "Bearer am-token");
      HttpResponse<String> streamed =
          send(
              "POST",
              "/hooks/alertmanager",
              HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)),
              "Authorization",
              "Bearer am-token");

      assertThat(declared.statusCode()).isEqualTo(413);
      assertThat(declared.body()).isEqualTo("{\"error\":\"body over 1048576 bytes\"}");
      assertThat(streamed.statusCode()).isEqualTo(413);
      assertThat(intake.batches()).isEmpty();
      assertThat(counters.total("alertmanager", Outcome.TOO_LARGE)).isEqualTo(2);
    }

    @Test
    @DisplayName("a body of exactly the limit is read (and here refused as not JSON)")
    void bodyAtTheLimit() throws Exception {
      HttpResponse<String> r =
          post("/hooks/alertmanager", new byte[MIB], "Authorization", "Bearer am-token");

      assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("broken JSON gets 400 with the parser's message")
    void brokenJson() throws Exception {
      HttpResponse<String> r =
          post(
              "/hooks/alertmanager",
              utf8("{\"groupKey\": \"g\", \"alerts\": [ {"),
              "Authorization",
              "Bearer am-token");

      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(r.body()).startsWith("{\"error\":\"Unexpected end-of-input");
      assertThat(intake.batches()).isEmpty();
    }

    @Test
    @DisplayName("a field of the wrong type gets 400 naming the field")
    void wrongTypes() throws Exception {
      HttpResponse<String> notArray =
          post(
              "/hooks/alertmanager",
              utf8("{\"groupKey\": \"g\", \"alerts\": \"many\"}"),
              "Authorization",
              "Bearer am-token");
      HttpResponse<String> numberFingerprint =
          post(
              "/hooks/alertmanager",
              utf8(
                  "{\"groupKey\": \"g\", \"alerts\": [{\"fingerprint\": 7, \"status\": \"firing\","
                      + " \"startsAt\": \"2026-11-24T05:12:17Z\"}]}"),
              "Authorization",
              "Bearer am-token");

      assertThat(notArray.statusCode()).isEqualTo(400);
      assertThat(notArray.body())
          .isEqualTo("{\"error\":\"alerts: expected an array, got string\"}");
      assertThat(numberFingerprint.statusCode()).isEqualTo(400);
      assertThat(numberFingerprint.body())
          .isEqualTo("{\"error\":\"alerts[0].fingerprint: expected a string, got number\"}");
      assertThat(intake.batches()).isEmpty();
      assertThat(counters.total("alertmanager", Outcome.BAD_REQUEST)).isEqualTo(2);
    }

    @Test
    @DisplayName("GET gets 405 saying which methods to use")
    void wrongMethod() throws Exception {
      HttpResponse<String> get =
          send(
              "GET",
              "/hooks/alertmanager",
              HttpRequest.BodyPublishers.noBody(),
              "Authorization",
              "Bearer am-token");
      HttpResponse<String> put =
          send("PUT", "/hooks/generic", firing, "Authorization", "Bearer gen-token");

      assertThat(get.statusCode()).isEqualTo(405);
      assertThat(get.headers().firstValue("Allow")).hasValue("POST");
      assertThat(put.statusCode()).isEqualTo(405);
      assertThat(intake.batches()).isEmpty();
    }
  }

  @Nested
  @DisplayName("when the intake cannot take the batch")
  class IntakeFailures {

    @Test
    @DisplayName("IntakeUnavailable gets 503 with Retry-After, so the sender retries")
    void unavailable() throws Exception {
      intake.answerWith(
          b -> {
            throw new IntakeUnavailable("store busy", null);
          });

      HttpResponse<String> r =
          post("/hooks/alertmanager", firing, "Authorization", "Bearer am-token");

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(r.body()).isEqualTo("{\"error\":\"temporarily unavailable; retry\"}");
      assertThat(counters.total("alertmanager", Outcome.UNAVAILABLE)).isEqualTo(1);
    }

    @Test
    @DisplayName("a store failure gets 503 too")
    void storeFailure() throws Exception {
      intake.answerWith(
          b -> {
            throw new StoreException("disk full");
          });

      HttpResponse<String> r =
          post("/hooks/alertmanager", firing, "Authorization", "Bearer am-token");

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    @DisplayName("a bug gets 500 with a reference for the logs, and no detail")
    void bug() throws Exception {
      intake.answerWith(
          b -> {
            throw new NullPointerException("secret detail");
          });

      HttpResponse<String> r =
          post("/hooks/alertmanager", firing, "Authorization", "Bearer am-token");

      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).matches("\\{\"error\":\"internal error \\(ref [0-9a-f]{8}\\)\"}");
      assertThat(counters.total("alertmanager", Outcome.ERROR)).isEqualTo(1);
    }
  }
}
