package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("beacon oncall")
class OncallCommandTest {

  @Test
  @DisplayName(
      "on the example, payments-api at 01:30 UTC on Warsaw's spring-forward day pages Shanghai's"
          + " li, with the reason and the escalation chain in people")
  void namesPersonSiteReasonAndChain() {
    CliRun run =
        CliRun.of("", "oncall", "--service", "payments-api", "--at", "2027-03-28T01:30:00Z");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("On call at 2027-03-28 01:30 UTC")
        .contains("Team payments:")
        .contains("* Shanghai (paged): li, then wei. Shanghai covers 08:00-16:00 Asia/Shanghai")
        .contains("* Warsaw (off): alice, then jan.")
        .contains("payments-api would page:")
        .contains("  site:      shanghai")
        .contains("  primary:   li (Li Na, shanghai)")
        .contains("  secondary: wei (Wei Zhang, shanghai)")
        .contains(
            "  why:       Shanghai covers 08:00-16:00 Asia/Shanghai; rotation primary (weekly,"
                + " handoff Mon 09:00: li until 2027-03-29 09:00)")
        .contains("    1. oncall -> li (Li Na, shanghai); next level after 5m")
        .contains("    2. person:jan -> jan (Jan Kowalski, warsaw); next level after 5m")
        .contains("    3. duty-manager -> ewa (Ewa Lewandowska, warsaw); next level after 10m");
  }

  @Test
  @DisplayName("in the summer gap the fallback site is paged and the reason says so")
  void summerGapGoesToTheFallback() {
    CliRun run =
        CliRun.of("", "oncall", "--service", "payments-api", "--at", "2027-06-01T23:30:00Z");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("  site:      warsaw")
        .contains("  why:       no site covers 2027-06-01 23:30 UTC; fallback Warsaw");
  }

  @Test
  @DisplayName("an unknown service or a malformed time is refused with what to write")
  void refusesMistakes() {
    CliRun unknown = CliRun.of("", "oncall", "--service", "payment-api");
    CliRun badTime = CliRun.of("", "oncall", "--at", "tomorrow");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown service 'payment-api' (known: fund-accounting,");
    assertThat(badTime.exitCode()).isEqualTo(2);
    assertThat(badTime.err()).contains("--at tomorrow is not an ISO instant");
  }
}
