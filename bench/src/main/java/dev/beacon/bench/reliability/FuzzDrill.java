package dev.beacon.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bench.Report;
import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.store.StoreVerifier;
import dev.beacon.bot.store.VerificationReport;
import dev.beacon.bot.web.console.ChatDelivery;
import dev.beacon.bot.web.console.ChatLog;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.catalog.Person;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code bench/run FuzzDrill [--quick] [--seed N] [--bodies 10000] [--commands 10000]}: generated
 * malformed, oversized and Unicode-heavy webhook bodies at all three alert hooks (with valid auth,
 * so they reach the parsers) and command lines through the web console's {@code POST
 * /console/command}, seeded, into one Beacon in this process; then every incident's review pages
 * and exports are read back. Checks: no 5xx and no request left unanswered, no ERROR or stack trace
 * in the log and no unhandled exception anywhere, no command answered with an internal error, every
 * alert answered 2xx in {@code alert_log}, and, after closing Beacon, a store that opens again and
 * passes {@link StoreVerifier} and {@code beacon verify-store}.
 */
public final class FuzzDrill {

  /** How long a request may take before it counts as not answered (a hang, not a slow answer). */
  static final Duration REQUEST_BOUND = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Options options;
  private final int bodies;
  private final int commands;

  private final Check no5xx =
      new Check(
          "requests answered below 500",
          "requests answered",
          "replay the saved request (see the path) against `./beacon run --http 127.0.0.1:8080`"
              + " and find its ref in the log");
  private final Check answered =
      new Check(
          "requests that got an answer within 60 s (not dropped, not hung)",
          "requests",
          "replay the saved request: a connection closed without an answer means an exception"
              + " escaped the handler (the JDK's server drops the connection); one still working"
              + " means a handler that does not scale with what the fuzzing stored (take a thread"
              + " dump while it runs)");
  private final Check noErrorLog =
      new Check(
          "ERROR entries, stack traces, handler exceptions and uncaught exceptions in the log",
          "log watch",
          "read the quoted entry; each is an unexpected exception on a request path");
  private final Check noInternal =
      new Check(
          "commands not answered with an internal error (\"Something went wrong on Beacon's"
              + " side\")",
          "commands answered 200",
          "replay the saved line with `printf '%s\\n' LINE | ./beacon` and read the log's ref");
  private final Check alertsStored =
      new Check(
          "alerts answered 2xx that are in `alert_log`",
          "alerts answered 2xx",
          "compare the answers' alert counts with `SELECT count(*) FROM alert_log`");
  private final Check reopens =
      new Check(
          "the store opens for writing again after Beacon closed",
          "reopenings",
          "open the data directory with `./beacon run --data DIR` and read the error");
  private final Check verifier =
      new Check(
          "`StoreVerifier` and `beacon verify-store --data DIR` pass afterwards",
          "verifications",
          "read the PROBLEM lines; bad input must never reach the store in a form it cannot"
              + " read back");

  private FuzzDrill(Options options) {
    this.options = options;
    this.bodies = options.number("bodies", 10_000, 600);
    this.commands = options.number("commands", 10_000, 400);
  }

  /** Runs the drill and prints its report. */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse("FuzzDrill", args, Set.of("bodies", "commands"));
    // Beacon's HTTP server (the JDK's) writes an answer's headers and body apart; without
    // TCP_NODELAY the body waits for the client's delayed ACK, about 40 ms a request. Only the
    // pace changes, not what is answered.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    new FuzzDrill(options).run().publish();
  }

  private Report run() throws Exception {
    long started = System.nanoTime();
    Random random = new Random(options.seed());
    Path tmp = Files.createTempDirectory("beacon-fuzz-");
    Path data = tmp.resolve("data");
    FuzzTally tally = new FuzzTally(no5xx, answered);
    Counts counts = new Counts();
    try (LogWatch watch = new LogWatch().install();
        PagerDutyRecorder pagerDuty = new PagerDutyRecorder(random.nextLong(), 0).start()) {
      BeaconConfig config = DrillConfig.load(pagerDuty.url());
      List<String> people = CatalogFactory.from(config).people().stream().map(Person::id).toList();
      ChatLog log = new ChatLog(CatalogFactory.from(config).people(), 50);
      Beacon beacon =
          Beacon.open(
                  config, data, Clock.systemUTC(), new ChatDelivery(m -> {}, log), DrillConfig.ENV)
              .trustLoopbackForPages()
              .serveConsole(log, Duration.ofSeconds(15))
              .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
      URI base = URI.create("http://127.0.0.1:" + beacon.httpPort().orElseThrow());
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      try {
        webhooks(client, base, random.nextLong(), tally, counts);
        commandLines(client, base, beacon, people, random.nextLong(), tally, counts);
        readBack(client, base, beacon, tally, counts);
      } finally {
        beacon.close();
      }
      List<String> examples = watch.examples();
      long flagged = watch.flagged();
      if (flagged == 0) {
        noErrorLog.held();
      }
      for (long i = 0; i < flagged; i++) {
        noErrorLog.failed(i < examples.size() ? examples.get((int) i) : "another");
      }
      counts.logErrors = watch.errors();
      counts.logTraces = watch.stackTraces();
      counts.serverExceptions = watch.serverExceptions();
      counts.uncaught = watch.uncaught();
      counts.pages = pagerDuty.events().size();
    }
    storeAfterwards(tmp, data, counts);
    boolean allMet =
        List.of(no5xx, answered, noErrorLog, noInternal, alertsStored, reopens, verifier).stream()
            .allMatch(Check::met);
    if (allMet) {
      deleteQuietly(tmp);
    }
    return report(tally, counts, (System.nanoTime() - started) / 1e9, allMet ? null : tmp);
  }

  private void webhooks(HttpClient client, URI base, long seed, FuzzTally tally, Counts counts)
      throws InterruptedException {
    WebhookBodies generator = new WebhookBodies(seed);
    for (int i = 0; i < bodies; i++) {
      String source = AlertStorm.SOURCES.get(i % AlertStorm.SOURCES.size());
      WebhookBodies.Body body = generator.next(source);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve("/hooks/" + source))
              .timeout(REQUEST_BOUND)
              .header("Authorization", "Bearer " + DrillConfig.token(source))
              .POST(
                  body.chunked()
                      ? HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(body.bytes()))
                      : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
      if (body.contentType() != null) {
        request.header("Content-Type", body.contentType());
      }
      counts.bodyBytes += body.bytes().length;
      counts.largest = Math.max(counts.largest, body.bytes().length);
      String what = "body-" + i + "-" + source;
      long sent = System.nanoTime();
      try {
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        tally.record(
            body.kind(),
            what,
            response.statusCode(),
            body.bytes(),
            response.body(),
            System.nanoTime() - sent);
        if (response.statusCode() / 100 == 2) {
          counts.alertsAccepted += JSON.readTree(response.body()).path("alerts").asLong();
        }
      } catch (IOException e) {
        tally.record(body.kind(), what, -1, body.bytes(), e.toString(), System.nanoTime() - sent);
      }
    }
  }

  private void commandLines(
      HttpClient client,
      URI base,
      Beacon beacon,
      List<String> people,
      long seed,
      FuzzTally tally,
      Counts counts)
      throws InterruptedException {
    Random random = new Random(seed);
    CommandLines generator = new CommandLines(random.nextLong(), beacon.commands().specs(), people);
    for (int i = 0; i < commands; i++) {
      if (i % 200 == 0) {
        generator.incidentsUpTo(
            beacon.store().recent(1).stream().mapToLong(n -> n.id().number()).max().orElse(5));
      }
      String kind;
      byte[] body;
      String type = "application/json";
      int roll = random.nextInt(100);
      if (roll < 88) {
        kind = "command";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("person", people.get(random.nextInt(people.size())));
        fields.put("channel", channel(random));
        fields.put("line", generator.next());
        body = FuzzJson.write(fields, random);
      } else {
        kind = "console-request";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("person", random.nextBoolean() ? FuzzStrings.text(random, 10) : 42);
        fields.put("line", random.nextBoolean() ? List.of("/help") : generator.next());
        fields.put("channel", random.nextBoolean() ? null : Map.of("a", 1));
        body = FuzzJson.write(fields, random);
        switch (random.nextInt(5)) {
          case 0 -> body = "person=wei&line=%zz&channel=%".getBytes(StandardCharsets.US_ASCII);
          case 1 ->
              body =
                  ("[" + new String(body, StandardCharsets.UTF_8) + "]")
                      .getBytes(StandardCharsets.UTF_8);
          case 2 -> body = "{\"person\":\"wei\",\"line\":".getBytes(StandardCharsets.US_ASCII);
          case 3 ->
              body =
                  ("{\"person\":\"wei\",\"line\":\"/help\",\"x\":"
                          + "[".repeat(5000)
                          + "]".repeat(5000)
                          + "}")
                      .getBytes(StandardCharsets.US_ASCII);
          default -> {}
        }
        type = random.nextInt(3) == 0 ? "application/x-www-form-urlencoded" : type;
      }
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/console/command"))
              .timeout(REQUEST_BOUND)
              .header("Content-Type", type)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      String what = "command-" + i;
      long sent = System.nanoTime();
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        tally.record(
            kind, what, response.statusCode(), body, response.body(), System.nanoTime() - sent);
        if (response.statusCode() == 200) {
          JsonNode reply = JSON.readTree(response.body());
          counts.commandsRun++;
          if (!reply.path("error").asBoolean()) {
            counts.commandsOk++;
          }
          String text = reply.path("text").asText();
          noInternal.expect(
              !text.contains("on Beacon's side"),
              what
                  + " `"
                  + FuzzTally.shorten(new String(body, StandardCharsets.UTF_8))
                  + "` -> "
                  + FuzzTally.shorten(text));
        }
      } catch (IOException e) {
        tally.record(kind, what, -1, body, e.toString(), System.nanoTime() - sent);
      }
    }
  }

  private static String channel(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1 -> "@wei";
      case 2 -> "#inc-" + (1 + random.nextInt(20));
      case 3 -> FuzzStrings.text(random, 30);
      default -> "#stakeholders";
    };
  }

  /** Reads every incident's review page and exports, and the other read paths, back. */
  private void readBack(HttpClient client, URI base, Beacon beacon, FuzzTally tally, Counts counts)
      throws InterruptedException {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/review/incidents",
                "/review/metrics",
                "/review/followups",
                "/metrics",
                "/console",
                "/readyz"));
    beacon
        .store()
        .recent(100_000)
        .forEach(
            i -> {
              String id = i.id().toString();
              paths.add("/review/incidents/" + id);
              paths.add("/review/incidents/" + id + ".md");
              paths.add("/review/incidents/" + id + ".json");
            });
    counts.incidents = paths.size() / 3 - 2;
    for (String path : paths) {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_BOUND).GET().build();
      byte[] what = path.getBytes(StandardCharsets.UTF_8);
      long sent = System.nanoTime();
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        tally.record(
            "read-back",
            "get" + path.replace('/', '-'),
            response.statusCode(),
            what,
            response.body(),
            System.nanoTime() - sent);
      } catch (IOException e) {
        tally.record(
            "read-back",
            "get" + path.replace('/', '-'),
            -1,
            what,
            e.toString(),
            System.nanoTime() - sent);
      }
    }
    counts.readBacks = paths.size();
  }

  private void storeAfterwards(Path tmp, Path data, Counts counts) throws Exception {
    try (SqliteIncidentStore store = SqliteIncidentStore.open(data)) {
      reopens.held();
    } catch (RuntimeException e) {
      reopens.failed("the store did not open: " + e.getMessage());
    }
    StoreAudit audit = StoreAudit.read(data);
    long logged = audit.alertLog().values().stream().mapToLong(Integer::longValue).sum();
    counts.alertLog = logged;
    if (logged >= counts.alertsAccepted) {
      alertsStored.held(counts.alertsAccepted);
    } else {
      alertsStored.held(logged);
      for (long i = logged; i < counts.alertsAccepted; i++) {
        alertsStored.failed(
            counts.alertsAccepted + " alerts answered 2xx, " + logged + " rows in alert_log");
      }
    }
    VerificationReport report = StoreVerifier.verify(data);
    verifier.expect(
        report.ok(),
        "StoreVerifier: " + report.render().lines().filter(l -> l.startsWith("PROBLEM")).toList());
    VerifyStoreCli.Outcome cli = VerifyStoreCli.run(tmp, data);
    verifier.expect(
        cli.status() == 0, "beacon verify-store exit " + cli.status() + ": " + cli.problems());
    counts.incidentsStored = audit.statuses().size();
    counts.events = audit.events();
  }

  private Report report(FuzzTally tally, Counts counts, double seconds, Path kept) {
    Report report =
        new Report("FuzzDrill", "Fuzzing the webhooks and the command line", options.command());
    for (Check c :
        List.of(no5xx, answered, noErrorLog, noInternal, alertsStored, reopens, verifier)) {
      c.addTo(report);
    }
    report.row(
        "webhook bodies (a third per hook)",
        bodies
            + ", "
            + counts.bodyBytes / (1024 * 1024)
            + " MiB in all, largest "
            + counts.largest / 1024
            + " KiB");
    report.row("command lines and console requests", Integer.toString(commands));
    tally
        .statuses()
        .forEach(
            (kind, s) ->
                report.row(
                    "answers: " + kind,
                    s + String.format(java.util.Locale.ROOT, " in %.1f s", tally.seconds(kind))));
    report.row(
        "alerts answered 2xx / rows in alert_log", counts.alertsAccepted + " / " + counts.alertLog);
    report.row(
        "commands answered 200 / of them not an error",
        counts.commandsRun + " / " + counts.commandsOk);
    report.row(
        "incidents and timeline events stored; pages sent to PagerDuty",
        counts.incidentsStored + ", " + counts.events + "; " + counts.pages);
    report.row(
        "pages read back (review, exports, metrics, console)", Long.toString(counts.readBacks));
    report.row(
        "log: ERROR / stack traces / handler exceptions / uncaught",
        counts.logErrors
            + " / "
            + counts.logTraces
            + " / "
            + counts.serverExceptions
            + " / "
            + counts.uncaught);
    report.row("slowest request", tally.slowest());
    report.row("wall time", String.format(java.util.Locale.ROOT, "%.0f s", seconds));
    report.note(
        "How: one Beacon in this process (the drill's configuration: all three alert hooks with"
            + " bearer tokens, PagerDuty at a MockWebServer, the web console in local mode) on a"
            + " fresh data directory and the wall clock. Webhook bodies go round-robin to"
            + " /hooks/alertmanager, /hooks/grafana and /hooks/generic, one at a time, each with"
            + " the hook's valid token: 25% well-formed but Unicode-heavy (RTL and zero-width"
            + " characters, NULs, surrogate pairs and lone surrogates as escapes, combining marks),"
            + " 20% with values swapped for wrong types, out-of-range numbers (1e400, 40 digits),"
            + " huge strings or deep nesting, 15% damaged bytes (invalid UTF-8, NULs, cuts,"
            + " splices), 7% nested 500 to 200,000 deep, 6% over 1 MiB (to 6 MiB), 4% within 64"
            + " bytes of 1 MiB, 6% with strings of 10k-200k characters, 8% not JSON (empty, BOM,"
            + " UTF-16, XML, random bytes), 9% odd structures (1,000+ alerts, duplicate keys);"
            + " some sent chunked, some with odd Content-Types.");
    report.note(
        "Commands: lines built from the commands' own specs (`CommandDispatcher.specs()`):"
            + " options shuffled, named or positional, quoted, unquoted or with unbalanced quotes,"
            + " repeated and unknown options, values of the wrong kind, Unicode-heavy or 2k-16k"
            + " characters, unknown subcommands, lines without the slash, cut short, with NULs or"
            + " over 8,000 characters; 12% of requests are malformed console requests (not"
            + " JSON, wrong field types, bad form encoding, deep nesting). Each is sent as a"
            + " configured person to `POST /console/command`. Afterwards every incident's review"
            + " page, Markdown and JSON export, the metrics and the console page are fetched.");
    report.note(
        "Log: a Logback appender on the root logger counts ERROR entries and entries with a"
            + " stack trace; a java.util.logging handler on `com.sun.net.httpserver` counts"
            + " exceptions a handler threw (the JDK server logs them at its lowest level and"
            + " drops the connection); a default uncaught-exception handler counts the rest."
            + " Then Beacon is closed, the store opened for writing again, `StoreVerifier` run"
            + " and `beacon verify-store` run as a process. Requests answered 5xx or not at all"
            + " are saved under bench/target/fuzz-failures/ to replay.");
    report.note(
        "Repeat with the command above: the seed fixes every body and line sent, all but the timestamps in them.");
    if (kept != null) {
      report.note(
          "The data directory is kept for inspection: "
              + kept.getFileName()
              + " in the system's temporary directory.");
    }
    return report;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory; the system cleans it eventually
    }
  }

  /** Counts for the report. */
  private static final class Counts {
    long bodyBytes;
    long largest;
    long alertsAccepted;
    long alertLog;
    long commandsRun;
    long commandsOk;
    long incidents;
    long incidentsStored;
    long events;
    long pages;
    long readBacks;
    long logErrors;
    long logTraces;
    long serverExceptions;
    long uncaught;
  }
}
