package dev.beacon.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.metrics.IncidentHistory;
import dev.beacon.core.metrics.IncidentMetrics;
import dev.beacon.core.metrics.MetricsInput;
import dev.beacon.core.metrics.Period;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.outbox.StakeholderBroadcast;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.Rated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stakeholders rate how an incident was handled; they are asked at close; metrics average it. */
@DisplayName("Stakeholder ratings")
class RatingTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents =
      new IncidentService(store, TestCatalog.create(), clock, List.of(new StakeholderBroadcast()));
  private final Actor alice = Actor.person("alice");
  private final Actor sam = Actor.person("discord:42");

  private IncidentId declareAndResolve(String title) {
    IncidentId id = incidents.declare(Declaration.of(title, Severity.SEV2), alice).id();
    incidents.resolve(id, "", alice);
    return id;
  }

  @Test
  @DisplayName("once per person, 1 to 5, on resolved or closed incidents only")
  void rules() {
    IncidentId open = incidents.declare(Declaration.of("Open", Severity.SEV3), alice).id();
    IncidentId id = declareAndResolve("Outage");

    assertThat(incidents.rate(id, 4, "kept us posted", sam)).isPresent();
    assertThat(incidents.rate(id, 2, "", sam)).as("once each").isEmpty();
    assertThatThrownBy(() -> incidents.rate(id, 6, "", alice))
        .hasMessageContaining("from 1 (badly handled) to 5 (very well handled), not 6");
    assertThatThrownBy(() -> incidents.rate(open, 3, "", alice))
        .hasMessageContaining("INC-1 is declared, so you cannot rate its handling");
    assertThat(incidents.timeline(id))
        .filteredOn(Rated.class::isInstance)
        .singleElement()
        .satisfies(e -> assertThat(e.describe()).isEqualTo("rated 4/5: kept us posted"));
  }

  @Test
  @DisplayName("closing asks the stakeholders for a rating; a private incident's do not hear of it")
  void askedAtClose() {
    IncidentId id = declareAndResolve("Outage");
    incidents.close(id, Review.of("20m", "bad deploy", List.of()), alice);

    assertThat(store.unsentMessages(100))
        .filteredOn(m -> m.recipient().equals(OutboxMessage.STAKEHOLDERS))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text())
                    .isEqualTo(
                        "INC-1 Outage is closed. How well was it handled, from 1 to 5? Tell us"
                            + " with /incident rate INC-1 score:<1-5> [comment:<text>]"));
  }

  @Test
  @DisplayName("the metrics report the mean rating and how many incidents were rated")
  void metricsAverage() {
    IncidentId first = declareAndResolve("One");
    IncidentId second = declareAndResolve("Two");
    declareAndResolve("Three, not rated");
    incidents.rate(first, 4, "", sam);
    incidents.rate(first, 5, "", alice);
    incidents.rate(second, 3, "", sam);

    var report =
        IncidentMetrics.compute(
            new MetricsInput(
                store.recent(10).stream()
                    .map(i -> new IncidentHistory(i, store.timeline(i.id())))
                    .toList(),
                TestCatalog.create(),
                new Period(
                    Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z")),
                Duration.ofDays(7)));

    assertThat(report.satisfaction().ratings()).isEqualTo(3);
    assertThat(report.satisfaction().incidentsRated()).isEqualTo(2);
    assertThat(report.satisfaction().average().getAsDouble()).isEqualTo(4.0);
  }
}
