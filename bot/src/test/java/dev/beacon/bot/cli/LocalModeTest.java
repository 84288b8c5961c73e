package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Local mode, scripted through standard input")
class LocalModeTest {

  @TempDir Path data;

  @Test
  @DisplayName(
      "declare, ack and resolve in the console; export shows all three with actor and time")
  void declareAckResolveThenExport() {
    CliRun run =
        CliRun.of(
            """
            /incident declare title:"Payments API 5xx" severity:SEV2 service:payments-api
            /as wei
            /incident ack INC-1
            /incident resolve INC-1 summary:"rolled back"
            """,
            "run",
            "--data",
            data.toString());

    CliRun md = CliRun.of("", "export", "INC-1", "--format", "md", "--data", data.toString());
    CliRun json = CliRun.of("", "export", "INC-1", "--format", "json", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .as("without --http, local mode still listens on loopback and says where the console is")
        .startsWith("Open http://127.0.0.1:")
        .contains("/console to try Beacon in your browser")
        .contains("You are alice (Alice Nowak, Warsaw, team payments)")
        .contains("== INC-1 declared by alice")
        .contains("You are now wei")
        .contains("== INC-1 acknowledged by wei")
        .contains("== INC-1 resolved by wei")
        .contains("[Acknowledge: /incident ack INC-1]");
    assertThat(run.out().indexOf(">> PAGE @"))
        .as("the on-call's page shows right after the declaration, before the next command")
        .isPositive()
        .isLessThan(run.out().indexOf("You are now wei"));
    assertThat(md.exitCode()).isZero();
    assertThat(md.out())
        .startsWith("# INC-1 Payments API 5xx")
        .containsPattern(
            "\\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\| [^|]+ \\| alice \\| declared SEV2")
        .containsPattern("UTC \\| [^|]+ \\| wei \\| acknowledged \\|")
        .containsPattern("UTC \\| [^|]+ \\| wei \\| resolved: rolled back \\|");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out())
        .contains("\"kind\" : \"declared\"")
        .contains("\"kind\" : \"acknowledged\"")
        .contains("\"kind\" : \"resolved\"");
  }

  @Test
  @DisplayName("the console survives mistakes: each gets a message and nothing is stored")
  void mistakesAreExplainedAndChangeNothing() {
    CliRun run =
        CliRun.of(
            """
            /incident declare title:"unclosed severity:SEV2
            /incident ack INC-1
            /as mallory
            hello
            /incident declare title:ok severity:SEV4
            """,
            "run",
            "--data",
            data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("! A quote opened in")
        .contains("! There is no incident INC-1.")
        .contains("! Nobody called 'mallory' is configured.")
        .contains("! Commands start with a slash")
        .contains("== INC-1 declared by alice");
  }

  @Test
  @DisplayName("export of an incident that does not exist says so and fails")
  void exportOfMissingIncident() {
    CliRun.of("/incident declare title:x severity:SEV4\n", "run", "--data", data.toString());

    CliRun export = CliRun.of("", "export", "INC-9", "--data", data.toString());
    CliRun bad = CliRun.of("", "export", "nine", "--data", data.toString());

    assertThat(export.exitCode()).isEqualTo(1);
    assertThat(export.err()).contains("There is no incident INC-9");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'nine' is not an incident reference");
  }

  @Test
  @DisplayName("export from a directory where Beacon never ran says how to create a store")
  void exportWithoutStore() {
    CliRun export = CliRun.of("", "export", "INC-1", "--data", data.resolve("nothing").toString());

    assertThat(export.exitCode()).isEqualTo(1);
    assertThat(export.err()).contains("beacon run --data");
  }

  @Test
  @DisplayName("verify-store passes on a store Beacon wrote")
  void verifyStore() {
    CliRun.of("/incident declare title:x severity:SEV4\n", "run", "--data", data.toString());

    CliRun verify = CliRun.of("", "verify-store", "--data", data.toString());

    assertThat(verify.exitCode()).as(verify.err()).isZero();
  }
}
