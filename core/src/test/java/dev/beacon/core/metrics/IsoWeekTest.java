package dev.beacon.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

  @Test
  void weeksAreUtcSoSundayNightUtcIsTheOldWeekEvenWhereItIsAlreadyMondayLocally() {
    // 2026-11-01T23:30Z is Monday 00:30 CET in Warsaw, but still Sunday in UTC
    assertThat(IsoWeek.of(Instant.parse("2026-11-01T23:30:00Z"))).hasToString("2026-W44");
    assertThat(IsoWeek.of(Instant.parse("2026-11-02T00:00:00Z"))).hasToString("2026-W45");
  }

  @Test
  void newYearsDayCanBelongToTheLastWeekOfThePreviousYear() {
    assertThat(IsoWeek.of(Instant.parse("2027-01-01T12:00:00Z"))).hasToString("2026-W53");
  }

  @Test
  void aPeriodListsEveryWeekItTouchesEvenPartly() {
    Period period =
        new Period(Instant.parse("2026-10-21T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"));

    assertThat(period.weeks()).containsExactly(new IsoWeek(2026, 43), new IsoWeek(2026, 44));
  }
}
