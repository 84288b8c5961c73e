package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("beacon check-config")
class CheckConfigCommandTest {

  @Test
  @DisplayName("the documented broken example gets all three problems with lines, and exit 1")
  void reportsEveryPlantedErrorWithItsLine() {
    CliRun run = CliRun.of("", "check-config", "../docs/examples/three-errors.yaml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.startsWith("../docs/examples/three-errors.yaml:")))
        .containsExactly(
            "../docs/examples/three-errors.yaml:7 sites[0].workingDay: unknown key (did you mean"
                + " 'workingDays'?)",
            "../docs/examples/three-errors.yaml:23 services[0].owner: team 'payments' is not"
                + " defined (known: cash, custody)",
            "../docs/examples/three-errors.yaml:27 severities.SEV1.ackWithin: '5 minutes' is not a"
                + " duration; write e.g. 90s, 5m, 4h, 1d");
    assertThat(run.err()).contains("3 problems in ../docs/examples/three-errors.yaml");
  }

  @Test
  @DisplayName("the built-in example passes with a summary of sites, teams, services and people")
  void summarisesTheExample() {
    CliRun run = CliRun.of("", "check-config");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Built-in example configuration: OK")
        .contains("3 sites: shanghai (Asia/Shanghai 08:00-16:00)")
        .contains("3 teams:")
        .contains("4 services:")
        .contains("8 people: alice");
  }

  @Test
  @DisplayName("a file that does not exist is named, with what to do")
  void missingFile(@TempDir Path dir) {
    CliRun run = CliRun.of("", "check-config", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("No configuration file at");
  }

  @Test
  @DisplayName("run refuses an invalid configuration and starts nothing")
  void runRefusesInvalidConfig(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("beacon.yaml"), "sites: nope\n");

    CliRun run =
        CliRun.of(
            "/help\n", "run", "--config", bad.toString(), "--data", dir.resolve("d").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("beacon.yaml:1 sites:");
    assertThat(dir.resolve("d")).doesNotExist();
  }
}
