package dev.beacon.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review pages as a reader sees them: Beacon in local mode (the demo configuration) on a
 * loopback port, incidents driven through chat commands on a clock the test moves.
 */
@DisplayName("Review pages: metrics and follow-ups over HTTP")
class MetricsPagesHttpTest {

  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T03:00:00Z");
  private final HttpClient client = HttpClient.newHttpClient();
  private BeaconConfig config;
  private Beacon beacon;

  @BeforeEach
  void start() throws Exception {
    config = ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml"));
    beacon =
        Beacon.open(config, data, clock, m -> {}, Map.of(), () -> true)
            .trustLoopbackForPages()
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
  }

  @AfterEach
  void close() {
    beacon.close();
  }

  private HttpResponse<String> get(Beacon b, String path, String... headers) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.httpPort().orElseThrow() + path));
    if (headers.length > 0) {
      r.headers(headers);
    }
    return client.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(beacon, path);
  }

  private void type(String who, String line) {
    beacon.commands().dispatchLine(Actor.person(who), "console", line);
  }

  /** Three incidents acknowledged after 2, 4 and 10 minutes, two resolved, and one drill. */
  private void threeIncidentsAndADrill() {
    type("jan", "/incident declare title:\"Payments 5xx\" severity:SEV2 service:payments-api");
    clock.advance(Duration.ofMinutes(2));
    type("jan", "/incident ack INC-1");
    clock.advance(Duration.ofMinutes(10));
    type("jan", "/incident resolve INC-1");
    type(
        "jan",
        "/incident close INC-1 impact:\"failed card payments\" root-cause:\"expired cert\""
            + " follow-ups:\"Alert before certs expire @wei due:2026-11-25;"
            + " Automate renewal @jan due:2026-12-20\"");
    clock.advance(Duration.ofHours(1));
    type("jan", "/incident declare title:\"Payments slow\" severity:SEV2 service:payments-api");
    clock.advance(Duration.ofMinutes(4));
    type("jan", "/incident ack INC-2");
    clock.advance(Duration.ofMinutes(20));
    type("jan", "/incident resolve INC-2");
    clock.advance(Duration.ofHours(1));
    type("jan", "/incident declare title:\"NAV <late>\" severity:SEV3 service:payments-api");
    clock.advance(Duration.ofMinutes(10));
    type("jan", "/incident ack INC-3");
    type("jan", "/incident declare title:\"Game day\" severity:SEV2 drill:true");
    clock.advance(Duration.ofMinutes(1));
    type("jan", "/incident ack INC-4");
  }

  /** The cells of the table row whose first cell is {@code first}, as text. */
  private static List<String> row(String html, String first) {
    Matcher start = Pattern.compile("<tr[^>]*><td>" + Pattern.quote(first) + "</td>").matcher(html);
    assertThat(start.find()).as("a row for " + first).isTrue();
    int at = start.start();
    String row = html.substring(at, html.indexOf("</tr>", at));
    List<String> cells = new ArrayList<>();
    Matcher m = CELL.matcher(row);
    while (m.find()) {
      cells.add(m.group(1));
    }
    return cells.subList(1, cells.size());
  }

  @Test
  @DisplayName("the metrics page shows median and p90 times, counts, weekly charts, drills apart")
  void metrics() throws Exception {
    threeIncidentsAndADrill();

    HttpResponse<String> r = get("/review/metrics");
    String html = r.body();

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    // default: the 12 ISO weeks up to this one (2026-W48), Monday to Sunday
    assertThat(html).contains("value=\"2026-09-07\"").contains("value=\"2026-11-29\"");
    assertThat(html).contains("3 incidents declared from 2026-09-07 to 2026-11-29");
    // acknowledge 2m, 4m, 10m; mitigate = resolve 12m, 24m; one unresolved
    assertThat(row(html, "all incidents"))
        .containsExactly("3", "4m (n=3)", "10m", "0", "12m (n=2)", "24m", "12m (n=2)", "24m", "1");
    assertThat(row(html, "SEV2")).startsWith("2", "2m (n=2)", "4m");
    assertThat(row(html, "SEV3")).startsWith("1", "10m (n=1)", "10m", "0", "-", "-");
    assertThat(row(html, "payments-api")).startsWith("3", "4m (n=3)");
    assertThat(html)
        .contains("<title>W48: 3</title>")
        .contains("<title>W47: 0</title>")
        .contains("<title>median, W48: 4m</title>")
        .contains("<title>p90, W48: 10m</title>")
        .contains("<title>median, W48: 12m</title>")
        .contains("Recurrence rate by service")
        .contains("Runbook coverage")
        .contains("Update-cadence compliance")
        .contains("Escalations per incident");
    String drills = html.substring(html.indexOf("<section class=\"drills\">"));
    assertThat(drills).contains("1 drill declared").contains("<title>W48: 1</title>");
    assertThat(html).doesNotContain("NAV <late>");
  }

  @Test
  @DisplayName("a period before the incidents shows none, with no-data charts")
  void emptyPeriod() throws Exception {
    threeIncidentsAndADrill();

    String html = get("/review/metrics?from=2026-10-01&to=2026-10-31").body();

    assertThat(html).contains("0 incidents declared from 2026-10-01 to 2026-10-31");
    assertThat(html).contains(">no data</text>").contains("0 drills declared");
  }

  @Test
  @DisplayName(
      "the follow-ups page lists owners and due dates, highlights overdue, filters by owner")
  void followUps() throws Exception {
    threeIncidentsAndADrill();
    clock.advance(Duration.ofDays(2)); // 2026-11-26: wei's action was due on the 25th

    HttpResponse<String> all = get("/review/followups");
    String jans = get("/review/followups?owner=jan").body();

    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains("2 open, 1 overdue (today is 2026-11-26 UTC)");
    assertThat(row(all.body(), "INC-1 Payments 5xx"))
        .startsWith("1", "Alert before certs expire", "wei", "2026-11-25", "OVERDUE");
    assertThat(all.body()).contains("<tr class=\"overdue\"><td>INC-1 Payments 5xx</td><td>1</td>");
    assertThat(all.body().indexOf("Alert before certs expire"))
        .isLessThan(all.body().indexOf("Automate renewal"));
    assertThat(jans).contains("Automate renewal").doesNotContain("Alert before certs expire");
    assertThat(jans).contains("1 open, 0 overdue for jan");
  }

  @Test
  @DisplayName("a done action whose service had a later incident is flagged: trouble came back")
  void doneButCameBack() throws Exception {
    threeIncidentsAndADrill();
    type("jan", "/incident follow-up-done INC-1 number:2");
    clock.advance(Duration.ofHours(1));
    type(
        "jan", "/incident declare title:\"Payments 5xx again\" severity:SEV2 service:payments-api");

    String html = get("/review/followups").body();

    List<String> done = row(html, "INC-1 Payments 5xx");
    assertThat(html.indexOf("Automate renewal")).isGreaterThan(html.indexOf("Alert before"));
    assertThat(html).contains("<td>done 2026-11-24 ").contains("Yes: payments-api had INC-5");
    assertThat(done).isNotEmpty();
  }

  @Test
  @DisplayName("bad query parameters answer 400 naming the parameter; other methods 405")
  void badRequests() throws Exception {
    HttpResponse<String> badFrom = get("/review/metrics?from=24.11.2026");
    HttpResponse<String> backwards = get("/review/metrics?from=2026-11-24&to=2026-11-01");
    HttpResponse<String> badOwner = get("/review/followups?owner=%3Cscript%3E");
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + beacon.httpPort().orElseThrow() + "/review/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(badFrom.statusCode()).isEqualTo(400);
    assertThat(badFrom.body())
        .contains("Bad query parameter &quot;from&quot;")
        .contains("24.11.2026");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("&quot;to&quot;");
    assertThat(badOwner.statusCode()).isEqualTo(400);
    assertThat(badOwner.body()).contains("&quot;owner&quot;").doesNotContain("<script>");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
  }

  @Test
  @DisplayName("without trusted loopback the pages need the token: 401 without it, 200 with it")
  void accessRefusedWithoutToken() throws Exception {
    Beacon guarded =
        Beacon.open(
                config,
                data.resolve("guarded"),
                clock,
                m -> {},
                Map.of("BEACON_WEB_TOKEN", "s3cret"),
                () -> true)
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
    try {
      HttpResponse<String> none = get(guarded, "/review/metrics");
      HttpResponse<String> wrong = get(guarded, "/review/followups", "Authorization", "Bearer no");
      HttpResponse<String> right =
          get(guarded, "/review/followups", "Authorization", "Bearer s3cret");

      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.body()).contains("BEACON_WEB_TOKEN").doesNotContain("Incident metrics");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(right.statusCode()).isEqualTo(200);
      assertThat(right.body()).contains("Follow-up actions");
    } finally {
      guarded.close();
    }
  }
}
