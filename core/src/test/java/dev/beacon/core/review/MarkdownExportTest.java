package dev.beacon.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.MessageCaptured;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {

  @Test
  void listsEveryEventWithUtcAndSiteTimeAndActorAndTheReviewAndDurations() {
    MutableClock clock = MutableClock.at("2026-07-01T08:00:00Z");
    IncidentService s =
        new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
    Incident i =
        s.declare(
            Declaration.of("Payments | API 5xx", Severity.SEV2, "payments-api"),
            Actor.person("alice"));
    clock.advance(Duration.ofMinutes(4).plusSeconds(5));
    s.acknowledge(i.id(), Actor.person("wei"));
    clock.advance(Duration.ofMinutes(30));
    s.addNote(i.id(), "line one\nline two", Actor.person("wei"));
    s.resolve(i.id(), "rolled back", Actor.person("wei"));
    s.close(
        i.id(),
        new Review(
            "EU cards failed",
            "bad deploy",
            "no canary stage",
            List.of(
                new dev.beacon.core.incident.FollowUp(
                    "add canary",
                    java.util.Optional.of("wei"),
                    java.util.Optional.of(java.time.LocalDate.parse("2026-07-15"))))),
        Actor.person("alice"));

    String md = new MarkdownExport(TestCatalog.create()).render(s.get(i.id()), s.timeline(i.id()));

    assertThat(md)
        .startsWith("# INC-1 Payments \\| API 5xx\n")
        .contains("| Site | Warsaw (Europe/Warsaw) |")
        .contains("| Time to acknowledge | 4m 5s |")
        .contains("| Time to resolve | 34m 5s |")
        .contains("### Root cause\n\nbad deploy")
        .contains("### Contributing factors\n\nno canary stage")
        .contains("- [ ] add canary (owner wei, due 2026-07-15)")
        .contains("| Time (UTC) | Local (Warsaw) | Actor | Event |")
        .contains(
            "| 2026-07-01 08:00:00 UTC | 2026-07-01 10:00:00 | alice | declared SEV2 \"Payments \\| API 5xx\" affecting payments-api (site warsaw) |")
        .contains("| 2026-07-01 08:04:05 UTC | 2026-07-01 10:04:05 | wei | acknowledged |")
        .contains("| wei | note: line one<br>line two |")
        .contains("| alice | closed; impact: EU cards failed");
  }

  @Test
  void showsACapturedMessageAndItsEditOneAfterTheOther() {
    MutableClock clock = MutableClock.at("2026-07-01T08:00:00Z");
    IncidentService s =
        new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
    Incident i = s.declare(Declaration.of("Ledger lag", Severity.SEV3), Actor.person("alice"));
    String link = "https://discord.com/channels/1/2/3";
    s.captureMessage(
        i.id(),
        new MessageCaptured(
            i.id(),
            Instant.EPOCH,
            Actor.person("alice"),
            "wei",
            "lag 40s",
            List.of(),
            Instant.parse("2026-07-01T07:59:00Z"),
            link),
        Actor.person("alice"));
    clock.advance(Duration.ofMinutes(2));
    s.recordEdit(
        i.id(), link, "lag 400s", Instant.parse("2026-07-01T08:01:59Z"), Actor.person("wei"));

    String md = new MarkdownExport(TestCatalog.create()).render(s.get(i.id()), s.timeline(i.id()));

    assertThat(md)
        .contains(
            "| alice | captured message from wei (2026-07-01T07:59:00Z): lag 40s " + link + " |")
        .contains(
            "| 2026-07-01 08:02:00 UTC | 2026-07-01 10:02:00 | wei | captured message edited"
                + " (2026-07-01T08:01:59Z): lag 400s "
                + link
                + " |");
  }
}
