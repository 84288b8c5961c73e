package dev.beacon.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceRuleTest {

  private static final Duration EVERY_15 = Duration.ofMinutes(15);
  private static final String T0 = "2026-10-20T10:00:00Z";
  private static final Instant LATER = Instant.parse("2026-10-21T00:00:00Z");

  private static List<Boolean> compliance(History h, Instant cutoff) {
    return CadenceRule.windows(h.build().timeline(), cutoff, EVERY_15).stream()
        .map(CadenceRule.Window::compliant)
        .toList();
  }

  private static History sev1() {
    return History.declared(1, T0, Severity.SEV1, "warsaw", "payments-api");
  }

  @Test
  void anUpdateExactlyAtUpdateEveryIsInTimeAndOneMinuteLaterIsNot() {
    // windows: 0->15 (15 = 15, ok), 15->31 (16 > 15, late), 31->40 (ok)
    History h = sev1().update(15).update(31).mitigate(40).resolve(90);

    assertThat(compliance(h, LATER)).containsExactly(true, false, true);
  }

  @Test
  void aShortIncidentMitigatedBeforeAnyUpdateWasDueHasOneCompliantWindow() {
    assertThat(compliance(sev1().mitigate(10).resolve(60), LATER)).containsExactly(true);
  }

  @Test
  void resolvingWithoutMitigationClosesTheLastWindow() {
    // 0->10 ok, 10->40 (30 > 15) late
    assertThat(compliance(sev1().update(10).resolve(40), LATER)).containsExactly(true, false);
  }

  @Test
  void updatesAfterMitigationAndTheQuietTimeAfterResolutionAreNotJudged() {
    // only 0->10; the update at 120 and the gap to the reopening are outside any open stretch
    History h = sev1().mitigate(10).update(120).resolve(200);

    assertThat(compliance(h, LATER)).containsExactly(true);
  }

  @Test
  void aReopeningStartsANewStretchWithItsOwnWindows() {
    // stretch 1: 0->10 ok; stretch 2 from the reopening at 100: 100->130 (30 > 15) late
    History h = sev1().mitigate(10).resolve(20).reopenedByAlert(100).resolve(130);

    assertThat(compliance(h, LATER)).containsExactly(true, false);
  }

  @Test
  void anIncidentStillOpenAtTheCutOffCountsItsLastWindowOnlyOnceItIsOverdue() {
    History h = sev1().update(10);
    Instant notYetDue = Instant.parse(T0).plus(Duration.ofMinutes(25)); // 15 since the update
    Instant overdue = Instant.parse(T0).plus(Duration.ofMinutes(26)); // 16 since the update

    assertThat(compliance(h, notYetDue)).containsExactly(true);
    assertThat(compliance(h, overdue)).containsExactly(true, false);
  }
}
