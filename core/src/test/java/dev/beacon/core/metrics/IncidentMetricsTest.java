package dev.beacon.core.metrics;

import static dev.beacon.core.incident.Severity.SEV1;
import static dev.beacon.core.incident.Severity.SEV2;
import static dev.beacon.core.incident.Severity.SEV3;
import static dev.beacon.core.incident.Severity.SEV4;
import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.testing.TestCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three UTC ISO weeks, 2026-W43 to W45 (Mon 19 Oct 00:00Z to Mon 9 Nov 00:00Z), across the end of
 * summer time in Warsaw (Sun 25 Oct 01:00Z). Catalogue (TestCatalog): payments-api and
 * nav-calculation have runbooks, custody-settlement has none; SEV1 updates every 15 min, SEV2 every
 * 30 min, SEV3 and SEV4 have no service levels. Recurrence window: 2 days. Minutes are after the
 * incident's declaration.
 *
 * <pre>
 * #   declared (UTC)   sev  site      services            ack  mitig  resolved  notes
 * 1   Sun 18 Oct 20:00 SEV2 warsaw    payments-api        10   -      60        before the period; fp-latency
 * 2   Mon 19 Oct 09:00 SEV2 warsaw    payments-api        6    40     90        fp-latency; update 20
 * 3   Tue 20 Oct 02:00 SEV1 shanghai  custody-settlement  4    50     120       updates 15, 30
 * 4   Wed 21 Oct 14:00 SEV3 pune      nav-calculation     -    25     45        fp-nav; never acked, alerts cleared; 2 escalations
 * 5   Sat 24 Oct 23:30 SEV2 warsaw    payments-api, nav   20   -      120       across the DST change; updates 30, 70; 1 escalation
 * 6   Mon 26 Oct 08:00 SEV1 warsaw    custody-settlement  3    25     40        fp-settle; update 15; reopened by alert at 70, update 85, resolved 100
 * 7   Tue 27 Oct 10:00 SEV2 pune      custody-settlement  12   55     200       update 30; handed over to warsaw at 100
 * 8   Thu 29 Oct 16:00 SEV3 shanghai  (none)              30   -      180
 * 9   Sun 01 Nov 23:30 SEV2 warsaw    payments-api        5    45     60        raised to SEV1 at 10; updates 20, 35
 * 10  Tue 03 Nov 07:00 SEV4 shanghai  nav-calculation     45   -      300       fp-nav
 * 11  Wed 04 Nov 12:00 SEV1 pune      payments-api        18   40     70        fp-latency; update 30; 3 escalations
 * 12  Fri 06 Nov 20:00 SEV2 warsaw    nav-calculation     10   -      (after)   fp-nav; update 25; resolved only after the period
 * 14  Fri 23 Oct 10:00 SEV1 warsaw    payments-api        7    -      20        DRILL; 1 escalation
 * 15  Wed 04 Nov 09:00 SEV2 shanghai  custody-settlement  12   -      30        DRILL; 2 escalations
 * 16  Mon 09 Nov 01:00 SEV1 warsaw    payments-api        -    -      -         after the period
 * </pre>
 *
 * Measured: incidents 2 to 12, eleven of them.
 */
class IncidentMetricsTest {

  private static final Period PERIOD =
      new Period(Instant.parse("2026-10-19T00:00:00Z"), Instant.parse("2026-11-09T00:00:00Z"));
  private static final IsoWeek W43 = new IsoWeek(2026, 43);
  private static final IsoWeek W44 = new IsoWeek(2026, 44);
  private static final IsoWeek W45 = new IsoWeek(2026, 45);

  private static MetricsReport report;

  @BeforeAll
  static void compute() {
    List<IncidentHistory> incidents =
        List.of(
            History.declared(1, "2026-10-18T20:00:00Z", SEV2, "warsaw", "payments-api")
                .fired(0, "fp-latency")
                .ack(10)
                .resolve(60)
                .build(),
            History.declared(2, "2026-10-19T09:00:00Z", SEV2, "warsaw", "payments-api")
                .fired(0, "fp-latency")
                .ack(6)
                .update(20)
                .mitigate(40)
                .resolve(90)
                .build(),
            History.declared(3, "2026-10-20T02:00:00Z", SEV1, "shanghai", "custody-settlement")
                .ack(4)
                .update(15)
                .update(30)
                .mitigate(50)
                .resolve(120)
                .build(),
            History.declared(4, "2026-10-21T14:00:00Z", SEV3, "pune", "nav-calculation")
                .fired(0, "fp-nav")
                .escalate(10)
                .escalate(20)
                .alertsCleared(25)
                .resolve(45)
                .build(),
            History.declared(
                    5, "2026-10-24T23:30:00Z", SEV2, "warsaw", "payments-api", "nav-calculation")
                .escalate(15)
                .ack(20)
                .update(30)
                .update(70)
                .resolve(120)
                .build(),
            History.declared(6, "2026-10-26T08:00:00Z", SEV1, "warsaw", "custody-settlement")
                .fired(0, "fp-settle")
                .ack(3)
                .update(15)
                .mitigate(25)
                .resolve(40)
                .reopenedByAlert(70)
                .fired(70, "fp-settle")
                .ack(75)
                .update(85)
                .resolve(100)
                .build(),
            History.declared(7, "2026-10-27T10:00:00Z", SEV2, "pune", "custody-settlement")
                .ack(12)
                .update(30)
                .mitigate(55)
                .handOver(100, "warsaw")
                .resolve(200)
                .build(),
            History.declared(8, "2026-10-29T16:00:00Z", SEV3, "shanghai")
                .ack(30)
                .resolve(180)
                .build(),
            History.declared(9, "2026-11-01T23:30:00Z", SEV2, "warsaw", "payments-api")
                .ack(5)
                .severity(10, SEV2, SEV1)
                .update(20)
                .update(35)
                .mitigate(45)
                .resolve(60)
                .build(),
            History.declared(10, "2026-11-03T07:00:00Z", SEV4, "shanghai", "nav-calculation")
                .fired(0, "fp-nav")
                .ack(45)
                .resolve(300)
                .build(),
            History.declared(11, "2026-11-04T12:00:00Z", SEV1, "pune", "payments-api")
                .fired(0, "fp-latency")
                .escalate(5)
                .escalate(10)
                .escalate(15)
                .ack(18)
                .update(30)
                .mitigate(40)
                .resolve(70)
                .build(),
            History.declared(12, "2026-11-06T20:00:00Z", SEV2, "warsaw", "nav-calculation")
                .fired(0, "fp-nav")
                .ack(10)
                .update(25)
                .resolve(3240) // 54 h later, Mon 9 Nov 02:00Z: after the period, not known to it
                .build(),
            History.drill(14, "2026-10-23T10:00:00Z", SEV1, "warsaw", "payments-api")
                .escalate(5)
                .ack(7)
                .resolve(20)
                .build(),
            History.drill(15, "2026-11-04T09:00:00Z", SEV2, "shanghai", "custody-settlement")
                .escalate(5)
                .escalate(10)
                .ack(12)
                .resolve(30)
                .build(),
            History.declared(16, "2026-11-09T01:00:00Z", SEV1, "warsaw", "payments-api").build());
    report =
        IncidentMetrics.compute(
            new MetricsInput(incidents, TestCatalog.create(), PERIOD, Duration.ofDays(2)));
  }

  private static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  @Test
  void countsTheElevenIncidentsDeclaredInThePeriodLeavingOutDrillsAndOthersPeriods() {
    // 2..12; not 1 (before), 16 (after), 14 and 15 (drills)
    assertThat(report.incidents()).isEqualTo(11);
  }

  @Test
  void incidentsPerUtcIsoWeekPutSundayNightInTheOldWeek() {
    // W43: 2, 3, 4, 5 = 4; W44: 6, 7, 8, 9 (Sun 23:30Z, already Monday in Warsaw) = 4;
    // W45: 10, 11, 12 = 3
    assertThat(report.incidentsPerWeek()).isEqualTo(Map.of(W43, 4, W44, 4, W45, 3));
  }

  @Test
  void timeToAcknowledgeLeavesOutTheIncidentNobodyAcknowledged() {
    // samples (4 has none): 6 4 20 3 12 30 5 45 18 10 -> sorted 3 4 5 6 10 12 18 20 30 45
    // n = 10: median rank ceil(5) = 5 -> 10 min; p90 rank ceil(9) = 9 -> 30 min
    ResponseTimes all = report.overall();
    assertThat(all.toAcknowledge().count()).isEqualTo(10);
    assertThat(all.notAcknowledged()).isEqualTo(1);
    assertThat(all.toAcknowledge().median()).contains(min(10));
    assertThat(all.toAcknowledge().p90()).contains(min(30));
  }

  @Test
  void timeToMitigateFallsBackToTheResolutionWhenThereWasNoMitigation() {
    // 40 50 25 120(5: resolved) 25 55 180(8) 45 300(10) 40; 12 open at the end: none
    // sorted 25 25 40 40 45 50 55 120 180 300: median rank 5 -> 45; p90 rank 9 -> 180
    ResponseTimes all = report.overall();
    assertThat(all.toMitigate().count()).isEqualTo(10);
    assertThat(all.toMitigate().median()).contains(min(45));
    assertThat(all.toMitigate().p90()).contains(min(180));
  }

  @Test
  void timeToResolveUsesTheFirstResolutionAndIgnoresOneAfterThePeriod() {
    // 90 120 45 120 40(6: first) 200 180 60 300 70; 12 resolved after the period: none
    // sorted 40 45 60 70 90 120 120 180 200 300: median rank 5 -> 90; p90 rank 9 -> 200
    // 5 ran 23:30Z -> 01:30Z across the change from CEST to CET: 120 real minutes
    ResponseTimes all = report.overall();
    assertThat(all.notResolved()).isEqualTo(1);
    assertThat(all.toResolve().median()).contains(min(90));
    assertThat(all.toResolve().p90()).contains(min(200));
    assertThat(all.toResolve().samples()).contains(min(120)).doesNotContain(min(100));
  }

  @Test
  void bySiteUsesTheSiteThatOwnedTheIncidentWhenDeclared() {
    // warsaw: 2, 5, 6, 9, 12 -> ack 6 20 3 5 10 -> 3 5 6 10 20: median rank 3 -> 6, p90 rank 5 ->
    // 20
    //         resolve 90 120 40 60 -> 40 60 90 120: median rank 2 -> 60, p90 rank 4 -> 120
    // pune: 4, 7 (handed over to warsaw, still pune), 11 -> ack 12 18 (4 none): median 12, p90 18
    // shanghai: 3, 8, 10 -> ack 4 30 45: median rank 2 -> 30, p90 rank 3 -> 45
    assertThat(report.bySite()).containsOnlyKeys("pune", "shanghai", "warsaw");
    ResponseTimes warsaw = report.bySite().get("warsaw");
    assertThat(warsaw.incidents()).isEqualTo(5);
    assertThat(warsaw.toAcknowledge().median()).contains(min(6));
    assertThat(warsaw.toAcknowledge().p90()).contains(min(20));
    assertThat(warsaw.toResolve().median()).contains(min(60));
    assertThat(warsaw.toResolve().p90()).contains(min(120));
    ResponseTimes pune = report.bySite().get("pune");
    assertThat(pune.incidents()).isEqualTo(3);
    assertThat(pune.notAcknowledged()).isEqualTo(1);
    assertThat(pune.toAcknowledge().median()).contains(min(12));
    assertThat(pune.toAcknowledge().p90()).contains(min(18));
    assertThat(report.bySite().get("shanghai").toAcknowledge().median()).contains(min(30));
    assertThat(report.bySite().get("shanghai").toAcknowledge().p90()).contains(min(45));
  }

  @Test
  void byServiceCountsAnIncidentUnderEachOfItsServicesAndNoServiceUnderTheEmptyKey() {
    // payments-api: 2, 5, 9, 11 -> ack 6 20 5 18 -> 5 6 18 20: median rank 2 -> 6, p90 rank 4 -> 20
    // custody-settlement: 3, 6, 7 -> resolve 120 40 200 -> 40 120 200: median 120, p90 200
    // nav-calculation: 4, 5, 10, 12; "": 8
    assertThat(report.byService())
        .containsOnlyKeys("", "custody-settlement", "nav-calculation", "payments-api");
    assertThat(report.byService().get("payments-api").incidents()).isEqualTo(4);
    assertThat(report.byService().get("payments-api").toAcknowledge().median()).contains(min(6));
    assertThat(report.byService().get("payments-api").toAcknowledge().p90()).contains(min(20));
    assertThat(report.byService().get("custody-settlement").toResolve().median())
        .contains(min(120));
    assertThat(report.byService().get("custody-settlement").toResolve().p90()).contains(min(200));
    assertThat(report.byService().get("nav-calculation").incidents()).isEqualTo(4);
    assertThat(report.byService().get("").incidents()).isEqualTo(1);
  }

  @Test
  void bySeverityUsesTheHighestSeverityTheIncidentReached() {
    // SEV1: 3, 6, 9 (raised from SEV2), 11 -> ack 4 3 5 18 -> 3 4 5 18: median rank 2 -> 4, p90 18
    // SEV2: 2, 5, 7, 12 -> ack 6 20 12 10 -> 6 10 12 20: median 10; SEV3: 4, 8; SEV4: 10
    assertThat(report.bySeverity().get(SEV1).incidents()).isEqualTo(4);
    assertThat(report.bySeverity().get(SEV1).toAcknowledge().median()).contains(min(4));
    assertThat(report.bySeverity().get(SEV1).toAcknowledge().p90()).contains(min(18));
    assertThat(report.bySeverity().get(SEV2).incidents()).isEqualTo(4);
    assertThat(report.bySeverity().get(SEV2).toAcknowledge().median()).contains(min(10));
    assertThat(report.bySeverity().get(SEV3).incidents()).isEqualTo(2);
    assertThat(report.bySeverity().get(SEV4).incidents()).isEqualTo(1);
  }

  @Test
  void byWeekListsEveryWeekOfThePeriodInOrder() {
    // W43: 2, 3, 4, 5 -> ack 6 4 20 -> 4 6 20: median 6; resolve 90 120 45 120 -> 45 90 120 120:
    //      median rank 2 -> 90, p90 rank 4 -> 120
    // W44: 6, 7, 8, 9 -> ack 3 12 30 5 -> 3 5 12 30: median rank 2 -> 5
    // W45: 10, 11, 12 -> ack 45 18 10 -> 10 18 45: median 18
    assertThat(report.byWeek().keySet()).containsExactly(W43, W44, W45);
    assertThat(report.byWeek().get(W43).toAcknowledge().median()).contains(min(6));
    assertThat(report.byWeek().get(W43).toResolve().median()).contains(min(90));
    assertThat(report.byWeek().get(W43).toResolve().p90()).contains(min(120));
    assertThat(report.byWeek().get(W44).toAcknowledge().median()).contains(min(5));
    assertThat(report.byWeek().get(W45).toAcknowledge().median()).contains(min(18));
  }

  @Test
  void recurrenceByServiceCountsReopeningsByAlertAndNewIncidentsSoonAfterAResolution() {
    // payments-api: 2 yes (1 resolved 12 h before, though 1 is before the period); 5 no (the
    //   drill 14 resolved 37 h before does not count; 2 resolved 5 days before); 9 no (6 d 22 h
    //   after 5); 11 no (2 d 11.5 h after 9) -> 1/4
    // custody-settlement: 3 no; 6 yes (reopened by its alert); 7 yes (24 h 20 min after 6's
    //   resolution) -> 2/3
    // nav-calculation: 4, 5 (3 d 8 h after 4), 10, 12 (3 d 8 h after 10): none -> 0/4
    assertThat(report.recurrenceByService())
        .isEqualTo(
            Map.of(
                "payments-api", new Share(1, 4),
                "custody-settlement", new Share(2, 3),
                "nav-calculation", new Share(0, 4)));
  }

  @Test
  void recurrenceByFingerprintCountsAnAlertFiringSoonAfterAnIncidentItFiredInWasResolved() {
    // fp-latency: 2 yes (fired 12 h after 1 resolved), 11 no -> 1/2
    // fp-settle: 6 yes (fired again 30 min after its own resolution) -> 1/1
    // fp-nav: 4, 10, 12 (3 d 8 h after 10) none -> 0/3
    assertThat(report.recurrenceByFingerprint())
        .isEqualTo(
            Map.of(
                "fp-latency", new Share(1, 2),
                "fp-settle", new Share(1, 1),
                "fp-nav", new Share(0, 3)));
  }

  @Test
  void runbookCoverageOfServicesAndOfIncidents() {
    // services: payments-api and nav-calculation of 3 -> 2/3
    // incidents with a runbook service: 2, 4, 5, 9, 10, 11, 12 = 7 of 11 (not 3, 6, 7: custody
    // has no runbook; not 8: no service)
    assertThat(report.runbooks())
        .isEqualTo(new RunbookCoverage(new Share(2, 3), new Share(7, 11), 1));
  }

  @Test
  void updateCadenceCountsWindowsAgainstTheSeveritysUpdateEvery() {
    // 2  SEV2/30: 0-20 ok, 20-40 ok                          2/2 compliant
    // 3  SEV1/15: 0-15 ok (=15), 15-30 ok, 30-50 late         2/3
    // 5  SEV2/30: 0-30 ok (=30), 30-70 late, 70-120 late      1/3
    // 6  SEV1/15: 0-15 ok, 15-25 ok; reopened 70-85, 85-100   4/4 compliant
    // 7  SEV2/30: 0-30 ok, 30-55 ok                          2/2 compliant
    // 9  SEV1/15 (raised): 0-20 late, 20-35 ok, 35-45 ok     2/3
    // 11 SEV1/15: 0-30 late, 30-40 ok                        1/2
    // 12 SEV2/30: 0-25 ok, 25-end of period late             1/2
    // windows 2+3+3+4+2+3+2+2 = 21, in time 2+2+1+4+2+2+1+1 = 15; incidents 2, 6, 7 = 3 of 8
    // not assessed (no service levels for SEV3, SEV4): 4, 8, 10 = 3
    assertThat(report.cadence())
        .isEqualTo(new CadenceCompliance(new Share(15, 21), new Share(3, 8), 3));
  }

  @Test
  void escalationsPerIncident() {
    // 4: 2, 5: 1, 11: 3 -> 6 over 11 incidents, 3 of them escalated; drills' 3 are not here
    assertThat(report.escalations().escalations()).isEqualTo(6);
    assertThat(report.escalations().escalatedIncidents()).isEqualTo(new Share(3, 11));
    assertThat(report.escalations().perIncident().getAsDouble()).isEqualTo(6.0 / 11);
  }

  @Test
  void drillsAreCountedApart() {
    // 14 in W43, 15 in W45; escalations 1 + 2
    assertThat(report.drills()).isEqualTo(new DrillCounts(2, Map.of(W43, 1, W44, 0, W45, 1), 3));
  }

  @Test
  void aReopeningByHandIsNotARecurrenceAndItsSecondAcknowledgementIsNotASample() {
    // resolved at 30 without an ack, reopened by a person at 60, acked at 65 (not a 65-min TTA)
    MetricsReport alone =
        IncidentMetrics.compute(
            new MetricsInput(
                List.of(
                    History.declared(1, "2026-10-20T10:00:00Z", SEV2, "warsaw", "payments-api")
                        .resolve(30)
                        .reopenedByHand(60)
                        .ack(65)
                        .resolve(90)
                        .build()),
                TestCatalog.create(),
                PERIOD,
                Duration.ofDays(2)));

    assertThat(alone.recurrenceByService()).isEqualTo(Map.of("payments-api", new Share(0, 1)));
    assertThat(alone.overall().notAcknowledged()).isEqualTo(1);
    assertThat(alone.overall().toResolve().samples()).containsExactly(min(30));
  }
}
