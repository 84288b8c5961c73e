package dev.beacon.bot.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.FollowUp;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.MutableClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review form: closing a resolved incident from the browser, with the chat command's checks.
 */
@DisplayName("The post-incident review form")
class ReviewFormTest {

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
                m -> {},
                Map.of())
            .trustLoopbackForPages()
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
    Actor alice = Actor.person("alice");
    beacon
        .commands()
        .dispatchLine(alice, "console", "/incident declare title:Outage severity:SEV3");
    beacon.commands().dispatchLine(alice, "console", "/incident resolve INC-1");
  }

  @AfterEach
  void stop() {
    beacon.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + beacon.httpPort().orElseThrow() + path);
  }

  private HttpResponse<String> post(Map<String, String> form, String... headers) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri("/review/close/INC-1"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      r.headers(headers);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> review(String person, String rootCause) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("person", person);
    m.put("impact", "EU card payments failed for 20 minutes");
    m.put("root-cause", rootCause);
    m.put("contributing", "the expiry alert went to a retired mailbox");
    m.put("follow-ups", "Alert 14 days before expiry @wei due:2026-12-15\r\nAutomate renewal\r\n");
    return m;
  }

  @Test
  @DisplayName("the form closes the incident with its review, follow-ups one per line")
  void closesWithTheReview() throws Exception {
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(uri("/review/close/INC-1")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> sent = post(review("alice", "expired TLS certificate"));

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<h1>Review of INC-1</h1>").contains("name=\"root-cause\"");
    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location")).hasValue("/review/incidents/INC-1");
    var incident = beacon.incidents().get(new IncidentId(1));
    assertThat(incident.status()).isEqualTo(Status.CLOSED);
    assertThat(incident.review().followUps())
        .extracting(FollowUp::describe)
        .containsExactly(
            "Alert 14 days before expiry (owner wei, due 2026-12-15)", "Automate renewal");
    assertThat(incident.review().contributingFactors())
        .isEqualTo("the expiry alert went to a retired mailbox");
  }

  @Test
  @DisplayName("a missing root cause or person is refused with what to fix; nothing is closed")
  void refusesAnIncompleteReview() throws Exception {
    HttpResponse<String> noCause = post(review("alice", ""));
    HttpResponse<String> nobody = post(review("mallory", "x"));
    HttpResponse<String> crossSite = post(review("alice", "x"), "Origin", "http://evil.example");

    assertThat(noCause.statusCode()).isEqualTo(400);
    assertThat(noCause.body())
        .contains("root-cause")
        .as("what was typed is kept")
        .contains("EU card payments failed for 20 minutes");
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(nobody.body()).contains("Choose who you are");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(beacon.incidents().get(new IncidentId(1)).status()).isEqualTo(Status.RESOLVED);
  }
}
