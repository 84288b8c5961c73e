package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("beacon coverage")
class CoverageCommandTest {

  private static final String FROM = "2026-11-24T00:00:00Z";

  @Test
  @DisplayName("the example covers the winter end to end and exits 0")
  void exampleWinterIsFullyCovered() {
    CliRun run = CliRun.of("", "coverage", "--days", "90", "--from", FROM);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Team payments, 2026-11-24 00:00 UTC to 2027-02-22 00:00 UTC (90 days")
        .contains("  Gaps: none")
        .contains("  Overlaps: none")
        .endsWith("Full coverage for 3 teams.\n");
  }

  @Test
  @DisplayName(
      "over 400 days the example shows Warsaw's summer gap and overlap once each, with both clock"
          + " changes, and exits 1")
  void exampleOver400DaysShowsTheSummerGap() {
    CliRun run = CliRun.of("", "coverage", "--days", "400", "--from", FROM, "--team", "payments");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "    - every day from 2027-03-28 to 2027-10-30 (217 days): gap 23:00-00:00 UTC"
                + " (Shanghai 07:00-08:00, Pune 04:30-05:30, Warsaw 01:00-02:00)")
        .contains(
            "    - every day from 2027-03-28 to 2027-10-30 (217 days): overlap Pune and Warsaw"
                + " 15:00-16:00 UTC (Pune 20:30-21:30, Warsaw 17:00-18:00)")
        .contains(
            "    - 2027-03-28 01:00 UTC Europe/Warsaw moves to UTC+02:00 (was UTC+01:00): Warsaw"
                + " now covers 15:00-23:00 UTC (was 16:00-00:00 UTC)")
        .contains("    - 2027-10-31 01:00 UTC Europe/Warsaw moves to UTC+01:00 (was UTC+02:00)")
        .endsWith("Gaps in coverage for 1 of 1 teams.\n");
  }

  @Test
  @DisplayName("a copy of the example with a planted gap names it every day and exits 1")
  void plantedGapIsNamed(@TempDir Path dir) throws IOException {
    String planted =
        ConfigLoader.exampleText()
            .replace("coverage: \"13:30-21:30\"", "coverage: \"14:00-21:30\"");
    Path file = Files.writeString(dir.resolve("beacon.yaml"), planted);

    CliRun run =
        CliRun.of(
            "",
            "coverage",
            "--days",
            "7",
            "--from",
            FROM,
            "--team",
            "custody",
            "--config",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "    - every day from 2026-11-24 to 2026-11-30 (7 days): gap 08:00-08:30 UTC"
                + " (Shanghai 16:00-16:30, Pune 13:30-14:00, Warsaw 09:00-09:30)")
        .contains("  Result: 7 gaps in coverage");
  }

  @Test
  @DisplayName("an unknown team is refused naming the known ones")
  void unknownTeam() {
    CliRun run = CliRun.of("", "coverage", "--team", "payment");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("There is no team 'payment' (known: fund-accounting, custody, payments)");
  }
}
