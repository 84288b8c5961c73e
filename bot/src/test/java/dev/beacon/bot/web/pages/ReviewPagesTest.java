package dev.beacon.bot.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.MessageCaptured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review pages as a reader sees them: Beacon in local mode on a loopback port with the demo
 * configuration, incidents driven through the chat commands, pages fetched over real HTTP.
 */
@DisplayName("Review pages under /review/")
class ReviewPagesTest {

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T03:00:00Z");
  private final HttpClient client = HttpClient.newHttpClient();
  private BeaconConfig config;
  private Beacon beacon;

  @BeforeEach
  void start() throws Exception {
    config = ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml"));
    beacon =
        Beacon.open(config, data, clock, m -> {}, Map.of())
            .trustLoopbackForPages()
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
  }

  @AfterEach
  void close() {
    beacon.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri(beacon, path)).GET();
    if (headers.length > 0) {
      r.headers(headers);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(Beacon b, String path) {
    return URI.create("http://127.0.0.1:" + b.httpPort().orElseThrow() + path);
  }

  private void type(String who, String line) {
    var reply = beacon.commands().dispatchLine(Actor.person(who), "console", line);
    beacon.outbox().drainNow();
    assertThat(reply.error()).as(line + " -> " + reply).isFalse();
  }

  /** The text of the page from the heading {@code h2} to the next heading of that level. */
  private static String section(String page, String h2) {
    int start = page.indexOf("<h2>" + h2 + "</h2>");
    assertThat(start).as("section " + h2).isNotNegative();
    int end = page.indexOf("<h2>", start + 4);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  private void declareThree() {
    type("jan", "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");
    clock.advance(Duration.ofMinutes(10));
    type(
        "wei",
        "/incident declare title:\"NAV batch late\" severity:SEV3 service:nav-calculation"
            + " description:\"the overnight valuation run stalled\"");
    clock.advance(Duration.ofMinutes(10));
    type(
        "wei",
        "/incident declare title:\"Failover exercise\" severity:SEV2 service:custody-settlement"
            + " drill:true");
    type("wei", "/incident ack INC-2");
  }

  @Test
  @DisplayName("the list shows every incident newest first, with drills marked")
  void listsIncidentsNewestFirst() throws Exception {
    declareThree();

    HttpResponse<String> r = get("/review/incidents");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    String page = r.body();
    assertThat(page).contains("3 incidents");
    assertThat(page.indexOf(">INC-3<")).isLessThan(page.indexOf(">INC-2<"));
    assertThat(page.indexOf(">INC-2<")).isLessThan(page.indexOf(">INC-1<"));
    assertThat(page)
        .contains("Failover exercise <span class=\"tag\">drill</span>")
        .contains("2026-11-24 03:00:00 UTC")
        .contains("<form method=\"get\" action=\"/review/incidents\">");
  }

  @Test
  @DisplayName("status, severity, service and free-text filters narrow the list")
  void filters() throws Exception {
    declareThree();

    assertThat(get("/review/incidents?status=acknowledged").body())
        .contains(">INC-2<")
        .doesNotContain(">INC-1<", ">INC-3<");
    assertThat(get("/review/incidents?severity=SEV1").body())
        .contains(">INC-1<")
        .doesNotContain(">INC-2<", ">INC-3<");
    assertThat(get("/review/incidents?service=custody-settlement").body())
        .contains(">INC-3<")
        .doesNotContain(">INC-1<", ">INC-2<");
    assertThat(get("/review/incidents?q=VALUATION+run").body())
        .contains(">INC-2<")
        .doesNotContain(">INC-1<", ">INC-3<");
    assertThat(get("/review/incidents?from=2026-11-25").body()).contains("No incidents match.");
    assertThat(get("/review/incidents?site=shanghai").body()).contains("3 incidents");
    assertThat(get("/review/incidents?site=warsaw").body()).contains("No incidents match.");
    assertThat(get("/review/incidents?status=&severity=&q=").body()).contains("3 incidents");
  }

  @Test
  @DisplayName("a bad filter value is a 400 naming the parameter and what it accepts")
  void badFilter() throws Exception {
    HttpResponse<String> severity = get("/review/incidents?severity=SEV9");
    assertThat(severity.statusCode()).isEqualTo(400);
    assertThat(severity.body()).contains("Bad filter: severity").contains("SEV1, SEV2, SEV3, SEV4");

    HttpResponse<String> date = get("/review/incidents?from=yesterday");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("Bad filter: from").contains("YYYY-MM-DD");

    HttpResponse<String> service = get("/review/incidents?service=nope");
    assertThat(service.statusCode()).isEqualTo(400);
    assertThat(service.body()).contains("Bad filter: service").contains("payments-api");
  }

  @Test
  @DisplayName(
      "an incident page shows the summary with runbooks, pages, captured messages, the review"
          + " and the timeline in UTC and the site's local time")
  void incidentPage() throws Exception {
    type("jan", "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");
    IncidentId id = new IncidentId(1);
    clock.advance(Duration.ofMinutes(2));
    beacon
        .incidents()
        .captureMessage(
            id,
            new MessageCaptured(
                id,
                clock.instant(),
                Actor.person("jan"),
                "wei",
                "db failover started at 03:01",
                List.of("graph.png"),
                Instant.parse("2026-11-24T03:01:30Z"),
                "https://chat.example.com/m/1"),
            Actor.person("jan"));
    beacon.incidents().releaseMessage(id, "https://chat.example.com/m/1", Actor.person("wei"));
    type("jan", "/incident ack INC-1");
    type("jan", "/incident resolve INC-1 summary:\"rolled back\"");
    type(
        "jan",
        "/incident close INC-1 impact:\"card payments failed for 20 minutes\""
            + " root-cause:\"expired certificate\" contributing:\"no expiry alert\""
            + " follow-ups:\"Alert before certificates expire @alice due:2026-12-01; Automate"
            + " renewal\"");

    String page = get("/review/incidents/INC-1").body();

    assertThat(page).contains("<h1>INC-1 Payments API 5xx</h1>");
    assertThat(page)
        .contains("closed")
        .contains("SEV1")
        .contains("payments-api (<a href=\"https://wiki.example.com/runbooks/payments-api\">")
        .contains("Declared</th><td>2026-11-24 03:00:00 UTC (");
    assertThat(section(page, "Review"))
        .contains("card payments failed for 20 minutes")
        .contains("expired certificate")
        .contains("no expiry alert")
        .contains("<td>Alert before certificates expire</td><td>alice</td><td>2026-12-01</td>")
        .contains("<td>Automate renewal</td><td>-</td><td>-</td>");
    assertThat(section(page, "Pages and escalations")).contains("paged ");
    assertThat(section(page, "Captured chat messages"))
        .contains("<b>wei</b>")
        .contains("db failover started at 03:01")
        .contains("graph.png")
        .contains("href=\"https://chat.example.com/m/1\"")
        .contains("<li class=\"withdrawn\">")
        .contains("withdrawn from the record by wei");
    String timeline = section(page, "Timeline");
    assertThat(timeline).contains("declared").contains("jan").contains("acknowledged");
    // The site's local time beside UTC: the incident's site is not on UTC in the demo.
    assertThat(timeline).containsPattern("2026-11-24 03:00:00 UTC \\(\\d\\d:\\d\\d [A-Z+0-9]+\\)");
    assertThat(page)
        .contains("href=\"/review/incidents/INC-1.md\"", "/review/incidents/INC-1.json");
  }

  @Test
  @DisplayName("the exports come as Markdown and JSON with their content types")
  void exports() throws Exception {
    type("jan", "/incident declare title:\"Payments API 5xx\" severity:SEV1 service:payments-api");

    HttpResponse<String> md = get("/review/incidents/INC-1.md");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
    assertThat(md.body()).startsWith("# INC-1 Payments API 5xx").contains("## Timeline");

    HttpResponse<String> json = get("/review/incidents/INC-1.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(json.body())
        .contains("\"format\"")
        .contains("Payments API 5xx")
        .contains("\"timeline\"");
  }

  @Test
  @DisplayName("an unknown incident is a 404 naming the numbers that exist, or saying none do")
  void unknownIncident() throws Exception {
    HttpResponse<String> none = get("/review/incidents/INC-7");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).contains("No incidents exist yet.");

    declareThree();
    HttpResponse<String> r = get("/review/incidents/INC-7");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Incidents that exist: INC-3, INC-2, INC-1.");
    assertThat(get("/review/incidents/nonsense").statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("a hostile title is shown as text on the list and the incident page")
  void escapesTitles() throws Exception {
    type(
        "jan",
        "/incident declare title:\"<script>alert(1)</script> & \\\"x\\\"\" severity:SEV2"
            + " service:payments-api");

    for (String path : List.of("/review/incidents", "/review/incidents/INC-1")) {
      String page = get(path).body();
      assertThat(page)
          .as(path)
          .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;")
          .doesNotContain("<script>");
    }
  }

  @Test
  @DisplayName("pages are read-only: POST is 405, HEAD answers without a body")
  void methods() throws Exception {
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(uri(beacon, "/review/incidents"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(uri(beacon, "/review/incidents"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  @DisplayName("without local trust, pages need the BEACON_WEB_TOKEN: 401 without it, 200 with it")
  void tokenAccess(@TempDir Path other) throws Exception {
    try (Beacon guarded =
        Beacon.open(config, other, clock, m -> {}, Map.of(WebAccess.TOKEN_ENV, "s3cret"))
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")))) {
      HttpResponse<String> refused =
          client.send(
              HttpRequest.newBuilder(uri(guarded, "/review/incidents")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("Authorization: Bearer");

      HttpResponse<String> wrong =
          client.send(
              HttpRequest.newBuilder(uri(guarded, "/review/incidents/INC-1.json"))
                  .header("Authorization", "Bearer guess")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);

      HttpResponse<String> allowed =
          client.send(
              HttpRequest.newBuilder(uri(guarded, "/review/incidents"))
                  .header("Authorization", "Bearer s3cret")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.body()).contains("<h1>Incidents</h1>");
    }
  }
}
