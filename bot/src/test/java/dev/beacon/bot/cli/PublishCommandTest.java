package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code beacon publish} against a MediaWiki played by MockWebServer. */
class PublishCommandTest {

  @TempDir Path tmp;

  @Test
  void publishesTheReviewAsAWikiPage() throws Exception {
    List<String> edits = new CopyOnWriteArrayList<>();
    try (MockWebServer wiki = new MockWebServer()) {
      wiki.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
              String form =
                  r.getMethod().equals("GET") ? r.getUrl().encodedQuery() : r.getBody().utf8();
              String body;
              if (form.contains("action=edit")) {
                edits.add(URLDecoder.decode(form, StandardCharsets.UTF_8));
                body = "{\"edit\":{\"result\":\"Success\",\"newrevid\":7}}";
              } else if (form.contains("action=login")) {
                body = "{\"login\":{\"result\":\"Success\"}}";
              } else if (form.contains("type=login")) {
                body = "{\"query\":{\"tokens\":{\"logintoken\":\"LT\"}}}";
              } else {
                body = "{\"query\":{\"tokens\":{\"csrftoken\":\"CT\"}}}";
              }
              return new MockResponse.Builder()
                  .addHeader("Content-Type", "application/json")
                  .body(body)
                  .build();
            }
          });
      wiki.start();
      Path config = tmp.resolve("beacon.yaml");
      Files.writeString(
          config,
          Files.readString(Path.of("../docs/examples/demo-fast.yaml"))
              .replaceFirst(
                  "(?m)^integrations:\\n",
                  "integrations:\n  mediawiki:\n    apiUrl: "
                      + wiki.url("/w/api.php")
                      + "\n    userEnv: WIKI_USER\n    passwordEnv: WIKI_PASSWORD\n"));
      Path data = tmp.resolve("data");
      try (SqliteIncidentStore store = SqliteIncidentStore.open(data)) {
        IncidentService incidents =
            new IncidentService(
                store,
                CatalogFactory.from(ConfigLoader.load(config)),
                MutableClock.at("2026-11-24T10:00:00Z"));
        Actor alice = Actor.person("alice");
        IncidentId id =
            incidents.declare(Declaration.of("Payments down", Severity.SEV2), alice).id();
        incidents.resolve(id, "rolled back", alice);
        incidents.close(id, Review.of("20m", "expired cert", List.of("alert on expiry")), alice);
      }

      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      PublishCommand publish = new PublishCommand();
      publish.env = Map.of("WIKI_USER", "Beacon@reviews", "WIKI_PASSWORD", "s3cret");
      int code =
          new CommandLine(publish)
              .setOut(new PrintWriter(out))
              .setErr(new PrintWriter(err))
              .execute("INC-1", "--data", data.toString(), "--config", config.toString());

      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString()).contains("Published INC-1 to Incidents/INC-1 (revision 7).");
      assertThat(edits)
          .singleElement()
          .asString()
          .contains("title=Incidents/INC-1")
          .contains("= INC-1 Payments down =")
          .contains("=== Root cause ===")
          .contains("* ☐ alert on expiry");

      PublishCommand noSecrets = new PublishCommand();
      noSecrets.env = Map.of();
      StringWriter err2 = new StringWriter();
      int refused =
          new CommandLine(noSecrets)
              .setErr(new PrintWriter(err2))
              .execute("INC-1", "--data", data.toString(), "--config", config.toString());
      assertThat(refused).isEqualTo(2);
      assertThat(err2.toString()).contains("Set WIKI_USER and WIKI_PASSWORD");
    }
  }
}
