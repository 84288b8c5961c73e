package dev.beacon.bot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Status;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.MutableClock;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web console as a browser uses it: Beacon with the built-in example on a loopback port, the
 * page, commands and the event stream over real HTTP.
 */
@DisplayName("Web console under /console (local mode)")
class WebConsoleTest {

  private static final String DECLARE =
      "/incident declare title:\"Payments API 5xx\" severity:SEV2 service:payments-api";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T09:00:00Z");
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<OutboxMessage> terminal = new CopyOnWriteArrayList<>();
  private final List<InputStream> streams = new ArrayList<>();
  private ChatLog log;
  private Beacon beacon;

  private Beacon start(BeaconConfig config, boolean trustLoopback, boolean console) {
    log = new ChatLog(dev.beacon.bot.wiring.CatalogFactory.from(config).people(), 500);
    Beacon b = Beacon.open(config, data, clock, new ChatDelivery(terminal::add, log), Map.of());
    if (trustLoopback) {
      b.trustLoopbackForPages();
    }
    if (console) {
      b.serveConsole(log, Duration.ofMillis(200));
    }
    beacon = b.start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
    return beacon;
  }

  private Beacon startLocal() {
    return start(ConfigLoader.loadExample(), true, true);
  }

  @AfterEach
  void close() throws Exception {
    for (InputStream s : streams) {
      s.close();
    }
    if (beacon != null) {
      beacon.close();
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + beacon.httpPort().orElseThrow() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> command(String person, String channel, String line)
      throws Exception {
    String body =
        JSON.writeValueAsString(Map.of("person", person, "channel", channel, "line", line));
    return client.send(
        HttpRequest.newBuilder(uri("/console/command"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the event stream; its lines arrive in the returned queue. */
  private BlockingQueue<String> subscribe() throws Exception {
    return subscribe("/console/events");
  }

  /** Opens the event stream at {@code path} with {@code headers}. */
  private BlockingQueue<String> subscribe(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<InputStream> r =
        client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    InputStream body = r.body();
    streams.add(body);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                }
              } catch (Exception e) {
                // the test closed the stream
              }
            });
    reader.setDaemon(true);
    reader.start();
    assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": connected");
    return lines;
  }

  /** The first event's JSON that {@code wanted} accepts, waiting at most ten seconds. */
  private static JsonNode awaitEvent(BlockingQueue<String> lines, Predicate<JsonNode> wanted)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<String> seen = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null || !line.startsWith("data: ")) {
        continue;
      }
      seen.add(line);
      JsonNode event = JSON.readTree(line.substring("data: ".length()));
      if (wanted.test(event)) {
        return event;
      }
    }
    throw new AssertionError("no such event within 10 s; saw " + seen);
  }

  private static boolean buttonIs(JsonNode button, String label, String command) {
    return button.get("label").asText().equals(label)
        && button.get("command").asText().equals(command);
  }

  @Test
  @DisplayName("declaring as alice answers with the incident's card and its buttons as JSON")
  void declareAnswersWithTheCardAndItsButtons() throws Exception {
    startLocal();

    HttpResponse<String> r = command("alice", "#stakeholders", DECLARE);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode reply = JSON.readTree(r.body());
    assertThat(reply.get("error").asBoolean()).isFalse();
    assertThat(reply.get("title").asText()).contains("INC-1 declared by alice");
    assertThat(reply.get("fields")).isNotEmpty();
    List<JsonNode> buttons = new ArrayList<>();
    reply.get("buttons").forEach(buttons::add);
    assertThat(buttons)
        .anyMatch(b -> buttonIs(b, "Acknowledge", "/incident ack INC-1"))
        .anyMatch(b -> b.get("label").asText().equals("Resolve"));
    assertThat(terminal)
        .as("the terminal's delivery still gets every message")
        .anyMatch(m -> m.kind() == OutboxMessage.Kind.PAGE);
    assertThat(log.messages("#stakeholders"))
        .extracting(ChatMessage::who)
        .as("the typed line, then Beacon's answer, in the channel it was typed in")
        .startsWith("alice", ChatMessage.BEACON);
  }

  @Test
  @DisplayName(
      "the event stream shows the page to the on-call and #inc-1 opening; the paged person's"
          + " Acknowledge button acknowledges")
  void streamShowsThePageAndTheAcknowledgeButtonWorks() throws Exception {
    startLocal();
    BlockingQueue<String> events = subscribe();

    JsonNode reply = JSON.readTree(command("alice", "#stakeholders", DECLARE).body());

    JsonNode page = awaitEvent(events, e -> e.get("channel").asText().endsWith("/pager"));
    JsonNode opened =
        awaitEvent(
            events,
            e ->
                e.get("channel").asText().equals("#inc-1")
                    && e.get("text").asText().contains("opened"));
    assertThat(page.get("who").asText()).isEqualTo("beacon");
    assertThat(page.get("text").asText()).contains("INC-1");
    assertThat(page.get("time").asText()).isEqualTo("2026-11-24T09:00:00Z");
    assertThat(opened.get("text").asText()).isEqualTo("Channel #inc-1 opened for INC-1.");

    String channel = page.get("channel").asText();
    String paged = channel.substring(1, channel.indexOf('/'));
    String ack = null;
    for (JsonNode b : reply.get("buttons")) {
      if (b.get("label").asText().equals("Acknowledge")) {
        ack = b.get("command").asText();
      }
    }
    clock.advance(Duration.ofMinutes(2));
    HttpResponse<String> pressed = command(paged, "#inc-1", ack);

    assertThat(pressed.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(pressed.body()).get("error").asBoolean()).as(pressed.body()).isFalse();
    assertThat(beacon.incidents().get(IncidentId.parse("INC-1")).status())
        .isEqualTo(Status.ACKNOWLEDGED);
    JsonNode acked =
        awaitEvent(
            events,
            e -> e.get("channel").asText().equals("#inc-1") && e.get("who").asText().equals(paged));
    assertThat(acked.get("text").asText()).isEqualTo(ack);
  }

  @Test
  @DisplayName("a person who is not configured is refused with a 400 naming them")
  void unknownPersonIsRefused() throws Exception {
    startLocal();

    HttpResponse<String> r = command("mallory", "#stakeholders", DECLARE);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("text").asText())
        .contains("Nobody called 'mallory' is configured")
        .contains("alice");
    assertThat(beacon.incidents().recent(10)).isEmpty();
  }

  @Test
  @DisplayName("a form post works like JSON; a body over 16 KiB is refused with 413")
  void formPostsAndTheBodyLimit() throws Exception {
    startLocal();
    String form =
        "person=wei&channel=%23stakeholders&line="
            + URLEncoder.encode(DECLARE, StandardCharsets.UTF_8);

    HttpResponse<String> ok =
        client.send(
            HttpRequest.newBuilder(uri("/console/command"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> big = command("wei", "#stakeholders", "/help " + "x".repeat(17_000));

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).get("title").asText()).contains("INC-1 declared by wei");
    assertThat(big.statusCode()).isEqualTo(413);
  }

  @Test
  @DisplayName("the page escapes hostile names and messages, and offers ids to drive it by")
  void pageEscapesHostileNames() throws Exception {
    String yaml =
        ConfigLoader.exampleText().replace("Alice Nowak", "<script>alert('name')</script>");
    start(ConfigLoader.load("hostile.yaml", yaml), true, true);
    command(
        "alice",
        "#stakeholders",
        "/incident declare title:\"<img src=x onerror=alert(1)>\" severity:SEV4");

    HttpResponse<String> r = get("/console?as=alice&channel=%23stakeholders");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'nonce-"));
    String page = r.body();
    assertThat(page)
        .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>alert", "<img src")
        .contains("id=\"person\"", "id=\"channels\"", "id=\"messages\"", "id=\"command\"")
        .contains(
            "<button type=\"button\" data-command=\"/incident ack INC-1\">Acknowledge</button>")
        .contains("data-channel=\"#inc-1\"");
  }

  /** The event ids (sequence numbers) arriving on {@code lines} within the next second. */
  private static List<Long> ids(BlockingQueue<String> lines) throws Exception {
    List<Long> ids = new ArrayList<>();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    for (long left; (left = end - System.nanoTime()) > 0; ) {
      String line = lines.poll(left, TimeUnit.NANOSECONDS);
      if (line != null && line.startsWith("id: ")) {
        ids.add(Long.parseLong(line.substring(4)));
      }
    }
    return ids;
  }

  @Test
  @DisplayName("what is posted between loading the page and the stream connecting is replayed once")
  void replaysWhatCameBeforeTheStream() throws Exception {
    startLocal();
    String page = get("/console?as=alice").body();
    long after = Long.parseLong(page.replaceAll("(?s).*data-after=\"(\\d+)\".*", "$1"));

    command("alice", "#stakeholders", DECLARE); // posts to #inc-1 and pages before the stream
    BlockingQueue<String> late = subscribe("/console/events?after=" + after);

    List<Long> seen = ids(late);
    assertThat(seen).as("the declaration's messages, replayed").isNotEmpty();
    long last = seen.get(seen.size() - 1);
    BlockingQueue<String> reconnected =
        subscribe("/console/events", "Last-Event-ID", Long.toString(last));
    BlockingQueue<String> fresh = subscribe();
    command("alice", "#inc-1", "/incident note incident:INC-1 text:\"rolling back\"");

    assertThat(seen).as("in order, none twice").isSorted().doesNotHaveDuplicates();
    assertThat(seen).allSatisfy(id -> assertThat(id).isGreaterThan(after));
    List<Long> afterReconnect = ids(reconnected);
    assertThat(afterReconnect).isNotEmpty().allSatisfy(id -> assertThat(id).isGreaterThan(last));
    assertThat(ids(fresh)).as("without a number, only what is new").isEqualTo(afterReconnect);
  }

  @Test
  @DisplayName("a client that disconnects is dropped; the others keep receiving")
  void disconnectedClientIsDropped() throws Exception {
    startLocal();
    BlockingQueue<String> stays = subscribe();
    subscribe();
    assertThat(log.listenerCount()).isEqualTo(2);

    streams.get(1).close();
    command("alice", "#stakeholders", DECLARE);

    assertThat(awaitEvent(stays, e -> e.get("channel").asText().equals("#inc-1"))).isNotNull();
    dev.beacon.bot.testing.Eventually.until(
        "the closed stream dropped",
        java.time.Duration.ofSeconds(10),
        () -> log.listenerCount() <= 1);
    assertThat(log.listenerCount()).isEqualTo(1);
    assertThat(stays.poll(5, TimeUnit.SECONDS))
        .as("keep-alive comments keep flowing to the one left")
        .isNotNull();
  }

  @Test
  @DisplayName("without loopback trust the console refuses (403); without it wired, there is none")
  void notServedWithoutLocalMode() throws Exception {
    start(ConfigLoader.loadExample(), false, true);
    HttpResponse<String> untrusted = get("/console");
    HttpResponse<String> untrustedPost = command("alice", "#stakeholders", DECLARE);
    beacon.close();
    beacon = null;

    start(ConfigLoader.loadExample(), true, false);
    HttpResponse<String> absent = get("/console");

    assertThat(untrusted.statusCode()).isEqualTo(403);
    assertThat(untrustedPost.statusCode()).isEqualTo(403);
    assertThat(absent.statusCode()).isEqualTo(404);
    assertThat(beacon.httpPaths()).noneMatch(p -> p.startsWith("/console"));
    assertThat(beacon.incidents().recent(10)).isEmpty();
  }

  @Test
  @DisplayName("a command posted from another site's page is refused (403)")
  void crossSitePostIsRefused() throws Exception {
    startLocal();
    String body =
        JSON.writeValueAsString(Map.of("person", "alice", "channel", "#x", "line", DECLARE));

    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(uri("/console/command"))
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(beacon.incidents().recent(10)).isEmpty();
  }

  @Test
  @DisplayName("each channel keeps only its last messages")
  void historyIsBounded() {
    ChatLog small = new ChatLog(List.of(), 3);
    for (int i = 1; i <= 5; i++) {
      small.post(new ChatMessage("#inc-1", "alice", "m" + i, clock.instant()));
    }

    assertThat(small.messages("#inc-1"))
        .extracting(ChatMessage::text)
        .containsExactly("m3", "m4", "m5");
    assertThat(small.channels()).containsExactly("#stakeholders", "#inc-1");
  }
}
