package dev.beacon.core.routing;

import static dev.beacon.core.routing.FollowTheSun.PUNE_ZONE;
import static dev.beacon.core.routing.FollowTheSun.SHANGHAI;
import static dev.beacon.core.routing.FollowTheSun.WARSAW;
import static dev.beacon.core.routing.FollowTheSun.WARSAW_ZONE;
import static dev.beacon.core.routing.FollowTheSun.plan;
import static dev.beacon.core.routing.FollowTheSun.time;
import static dev.beacon.core.routing.FollowTheSun.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Coverage over a period, with daylight-saving changes")
class CoverageReportTest {

  private static final Instant NOV_24 = Instant.parse("2026-11-24T00:00:00Z");

  @Test
  @DisplayName("winter alone is covered end to end: no gaps, no overlaps, no clock changes")
  void winterIsFullyCovered() {
    CoverageReport report = CoverageReport.of(plan(), "payments", NOV_24, 90);

    assertThat(report.hasGaps()).isFalse();
    assertThat(report.overlaps()).isEmpty();
    assertThat(report.clockChanges()).isEmpty();
    assertThat(report.lines()).last().isEqualTo("  Result: full coverage");
  }

  @Test
  @DisplayName("over 400 days Warsaw's summer time opens a daily gap and overlap, each listed once")
  void summerTimeGapAndOverlapAreGroupedByDay() {
    CoverageReport report = CoverageReport.of(plan(), "payments", NOV_24, 400);

    assertThat(report.gaps())
        .extracting(FindingSeries::line)
        .containsExactly(
            "every day from 2027-03-28 to 2027-10-30 (217 days): gap 23:00-00:00 UTC (Shanghai"
                + " 07:00-08:00, Pune 04:30-05:30, Warsaw 01:00-02:00)");
    assertThat(report.overlaps())
        .extracting(FindingSeries::line)
        .containsExactly(
            "every day from 2027-03-28 to 2027-10-30 (217 days): overlap Pune and Warsaw"
                + " 15:00-16:00 UTC (Pune 20:30-21:30, Warsaw 17:00-18:00)");
    assertThat(report.clockChanges())
        .extracting(ClockChange::line)
        .containsExactly(
            "2027-03-28 01:00 UTC Europe/Warsaw moves to UTC+02:00 (was UTC+01:00): Warsaw now"
                + " covers 15:00-23:00 UTC (was 16:00-00:00 UTC); overlap Pune and Warsaw"
                + " 15:00-16:00 UTC opens; gap 23:00-00:00 UTC opens",
            "2027-10-31 01:00 UTC Europe/Warsaw moves to UTC+01:00 (was UTC+02:00): Warsaw now"
                + " covers 16:00-00:00 UTC (was 15:00-23:00 UTC); overlap Pune and Warsaw"
                + " 15:00-16:00 UTC closes; gap 23:00-00:00 UTC closes");
    assertThat(report.lines()).last().isEqualTo("  Result: 217 gaps in coverage");
  }

  @Test
  @DisplayName("a planted gap (Pune starting at 14:00) is named every day with local times")
  void plantedGapIsNamed() {
    RoutingSite latePune =
        new RoutingSite(
            "pune", "Pune", SiteCoverage.daily(PUNE_ZONE, time("14:00"), time("21:30")));
    RoutingPlan planted =
        plan(
            List.of(SHANGHAI, latePune, WARSAW),
            Optional.empty(),
            new Rota(List.of(weekly(WARSAW_ZONE, "alice", "jan")), List.of()));

    CoverageReport report = CoverageReport.of(planted, "payments", NOV_24, 7);

    assertThat(report.hasGaps()).isTrue();
    assertThat(report.gaps())
        .extracting(FindingSeries::line)
        .containsExactly(
            "every day from 2026-11-24 to 2026-11-30 (7 days): gap 08:00-08:30 UTC (Shanghai"
                + " 16:00-16:30, Pune 13:30-14:00, Warsaw 09:00-09:30)");
  }

  @Test
  @DisplayName("a site without a rota is left out and said so")
  void siteWithoutRotaIsLeftOut() {
    RoutingPlan plan =
        new RoutingPlan(
            List.of(SHANGHAI, WARSAW),
            List.of(
                new TeamRouting(
                    "payments",
                    List.of("shanghai", "warsaw"),
                    Optional.empty(),
                    java.util.Map.of(
                        "warsaw", new Rota(List.of(weekly(WARSAW_ZONE, "alice")), List.of())))));

    CoverageReport report = CoverageReport.of(plan, "payments", NOV_24, 1);

    assertThat(report.notes())
        .containsExactly("Shanghai has no rota for team payments and is left out");
    assertThat(report.gaps())
        .extracting(FindingSeries::line)
        .containsExactly("2026-11-24: gap 00:00-16:00 UTC (Warsaw 01:00-17:00)");
  }
}
