package dev.beacon.config;

import static dev.beacon.config.MinimalConfig.lineOf;
import static dev.beacon.config.MinimalConfig.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading a configuration with mistakes")
class ConfigProblemReportingTest {

  @Test
  void reportsAllThreePlantedMistakesAtOnceWithLinesAndPaths() throws Exception {
    ConfigException e;
    try (Reader reader =
        new InputStreamReader(
            getClass().getResourceAsStream("/three-errors.yaml"), StandardCharsets.UTF_8)) {
      e =
          catchThrowableOfType(
              ConfigException.class, () -> ConfigLoader.load("three-errors.yaml", reader));
    }

    assertThat(e.problems())
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "three-errors.yaml:7 sites[0].workingDay: unknown key (did you mean 'workingDays'?)",
            "three-errors.yaml:23 services[0].owner: team 'payments' is not defined"
                + " (known: cash, custody)",
            "three-errors.yaml:27 severities.SEV1.ackWithin: '5 minutes' is not a duration;"
                + " write e.g. 90s, 5m, 4h, 1d");
    assertThat(e.getMessage()).startsWith("3 problems in the configuration:");
  }

  @Test
  void namesTheFileAsGivenWhenLoadingFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("beacon.yaml");
    Files.writeString(file, with("zone: Europe/Warsaw", "zoen: Europe/Warsaw"));

    List<ConfigProblem> problems = problemsOf(() -> ConfigLoader.load(file));

    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .containsExactly(
            file + ":2 sites[0].zone: is required",
            file + ":4 sites[0].zoen: unknown key (did you mean 'zone'?)");
  }

  @Test
  void suggestsTheClosestKnownKeyForAMisspeltOne() {
    String yaml = with("    tier: 1", "    teir: 1");

    assertThat(problemsOf(yaml))
        .extracting(ConfigProblem::toString)
        .contains(
            "beacon.yaml:"
                + lineOf(yaml, "teir")
                + " services[0].teir: unknown key (did you mean 'tier'?)");
  }

  @Test
  void listsKnownKeysWhenNoKeyIsClose() {
    String yaml = with("    tier: 1", "    tier: 1\n    colour: blue");

    assertThat(problemsOf(yaml))
        .singleElement()
        .hasToString(
            "beacon.yaml:"
                + lineOf(yaml, "colour")
                + " services[0].colour: unknown key (known: id, name, owner, tier, runbook,"
                + " escalationPolicy)");
  }

  @Test
  void reportsADuplicateIdWithTheLineOfTheFirst() {
    String yaml =
        with("  - id: custody\n", "  - id: custody\n    sites: [warsaw]\n  - id: custody\n");

    assertThat(problemsOf(yaml))
        .extracting(ConfigProblem::toString)
        .containsExactly(
            "beacon.yaml:9 teams[1].id: duplicate team id 'custody' (first defined at line 7)");
  }

  @Test
  void refusesALiteralSecretWithoutEchoingItAndSaysToUseAnEnvironmentVariable() {
    String yaml =
        MinimalConfig.YAML + "integrations:\n  pagerduty:\n    routingKey: R0uT1ngK3y-s3cr3t\n";

    List<ConfigProblem> problems = problemsOf(yaml);

    assertThat(problems)
        .singleElement()
        .hasToString(
            "beacon.yaml:"
                + lineOf(yaml, "routingKey")
                + " integrations.pagerduty.routingKey: secrets do not belong in the config file;"
                + " put the secret in an environment variable and name it with routingKeyEnv");
    assertThat(problems.toString()).doesNotContain("R0uT1ngK3y");
  }

  @Test
  void refusesASecretPastedWhereTheVariableNameGoes() {
    String yaml =
        MinimalConfig.YAML
            + "integrations:\n  pagerduty:\n    routingKeyEnv: e93facc04764012d7bfb002500d5d1a6\n";

    List<ConfigProblem> problems = problemsOf(yaml);

    assertThat(problems)
        .singleElement()
        .asString()
        .contains("routingKeyEnv: is not an environment variable name");
    assertThat(problems.toString()).doesNotContain("e93facc0");
  }

  @Test
  void refusesAWebhookUrlCarryingCredentials() {
    String yaml =
        MinimalConfig.YAML
            + "integrations:\n  webhook:\n    url: https://hooks.example.com/in?token=abc123\n";

    assertThat(problemsOf(yaml))
        .singleElement()
        .asString()
        .contains("integrations.webhook.url:")
        .contains("carries credentials");
  }

  @Test
  void routingKeysNameTeamsOrSitesAndHttpIsHostAndPort() throws Exception {
    String good =
        MinimalConfig.YAML
            + "http: 127.0.0.1:8081\n"
            + "integrations:\n  pagerduty:\n    routingKeyEnv: PD_DEFAULT\n"
            + "    webhookSecretEnv: PD_WEBHOOK_SECRET\n"
            + "    routingKeys:\n      custody: PD_CUSTODY\n";
    String bad =
        MinimalConfig.YAML
            + "http: localhost\n"
            + "integrations:\n  pagerduty:\n    routingKeyEnv: PD_DEFAULT\n"
            + "    routingKeys:\n      treasury: PD_TREASURY\n";

    BeaconConfig config = ConfigLoader.load("beacon.yaml", good);
    List<ConfigProblem> problems = problemsOf(bad);

    assertThat(config.http()).contains(new HttpConfig("127.0.0.1", 8081));
    assertThat(config.integrations().pagerDuty().orElseThrow().routingKeys())
        .containsEntry("custody", new SecretRef("PD_CUSTODY"));
    assertThat(config.integrations().pagerDuty().orElseThrow().webhookSecret())
        .contains(new SecretRef("PD_WEBHOOK_SECRET"));
    assertThat(problems)
        .extracting(ConfigProblem::toString)
        .anySatisfy(p -> assertThat(p).contains("http: 'localhost' is not host:port"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "integrations.pagerduty.routingKeys.treasury: 'treasury' is neither a"
                            + " team nor a site"));
  }

  @Test
  void refusesALiteralDiscordToken() {
    String yaml = MinimalConfig.YAML + "discord:\n  token: abc.def.ghi\n";

    assertThat(problemsOf(yaml))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("discord.token"))
        .satisfies(p -> assertThat(p.message()).endsWith("name it with tokenEnv"));
  }

  @Test
  void refusesAnUnknownBeaconRoleAndABadRetention() {
    String yaml =
        MinimalConfig.YAML
            + "discord:\n  roles:\n    responder: Ops\n    boss: Chief\n"
            + "  channelRetention: forever\n";

    List<ConfigProblem> problems = problemsOf(yaml);

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).path()).isEqualTo("discord.roles.boss");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "is not a Beacon role; map one of stakeholder, responder, commander, admin to a"
                + " Discord role name or id");
    assertThat(problems.get(1).path()).isEqualTo("discord.channelRetention");
  }

  @Test
  void readsRolesAndRetention() throws Exception {
    String yaml =
        MinimalConfig.YAML
            + "discord:\n  roles: {responder: Ops, admin: \"1500000000000000019\"}\n"
            + "  channelRetention: 30d\n";

    DiscordConfig discord = ConfigLoader.load("beacon.yaml", yaml).discord().orElseThrow();

    assertThat(discord.roles()).containsEntry("responder", "Ops").hasSize(2);
    assertThat(discord.channelRetention()).contains(java.time.Duration.ofDays(30));
  }

  @Test
  void givesTheLineOfAYamlSyntaxError() {
    String yaml = "sites:\n  - id: warsaw\n    zone: [Europe/Warsaw\nteams: []\n";

    ConfigProblem problem = problemsOf(yaml).get(0);

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).startsWith("YAML syntax:");
  }

  @Test
  void suggestsARealTimeZoneForAMisspeltOne() {
    String yaml = with("zone: Europe/Warsaw", "zone: Europe/Warsow");

    assertThat(problemsOf(yaml))
        .singleElement()
        .hasToString(
            "beacon.yaml:4 sites[0].zone: 'Europe/Warsow' is not a time zone;"
                + " did you mean 'Europe/Warsaw'?");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(problemsOf("# nothing but a comment\n"))
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(1))
        .satisfies(p -> assertThat(p.message()).startsWith("the file is empty"));
  }

  @Test
  void requiresAllFourSeverities() {
    String yaml = with("  SEV4: {ackWithin: 4h, updateEvery: 1d, resolveTarget: 10d}\n", "");

    assertThat(problemsOf(yaml))
        .singleElement()
        .hasToString(
            "beacon.yaml:"
                + lineOf(yaml, "SEV1")
                + " severities: SEV4 is missing; every severity needs its SLAs");
  }

  @Test
  void refusesAnEscalationToAPersonWhoIsNotDefined() {
    String yaml = with("person:alice", "person:alcie");

    assertThat(problemsOf(yaml))
        .singleElement()
        .hasToString(
            "beacon.yaml:"
                + lineOf(yaml, "alcie")
                + " escalationPolicies[0].levels[1].target: person 'alcie' is not defined"
                + " (did you mean 'alice'? known: alice)");
  }

  @Test
  void pointsAtTheKeyWhenARequiredValueIsLeftEmpty() {
    String yaml = with("    owner: custody", "    owner:");

    assertThat(problemsOf(yaml))
        .extracting(ConfigProblem::toString)
        .contains("beacon.yaml:" + lineOf(yaml, "owner:") + " services[0].owner: is required");
  }

  @Test
  void refusesARunbookThatIsNotAnAbsoluteWebAddress() {
    String yaml =
        with("https://wiki.example.com/runbooks/custody-settlement", "wiki/custody-settlement");

    assertThat(problemsOf(yaml))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("services[0].runbook"))
        .satisfies(p -> assertThat(p.message()).contains("is not an absolute http/https URL"));
  }

  @Test
  void reportsManyUnrelatedMistakesTogetherInLineOrder() {
    String yaml =
        with("coverage: \"17:00-01:00\"", "coverage: 5pm-1am")
            .replace("    tier: 1", "    tier: 7")
            .replace("SEV2: {ackWithin: 15m", "SEV2: {ackWithin: soon");

    assertThat(problemsOf(yaml))
        .extracting(ConfigProblem::path)
        .containsExactly("sites[0].coverage", "services[0].tier", "severities.SEV2.ackWithin");
  }

  private static List<ConfigProblem> problemsOf(String yaml) {
    return problemsOf(() -> ConfigLoader.load("beacon.yaml", yaml));
  }

  private interface Load {
    BeaconConfig run() throws ConfigException;
  }

  private static List<ConfigProblem> problemsOf(Load load) {
    ConfigException e = catchThrowableOfType(ConfigException.class, load::run);
    assertThat(e).as("expected the config to be refused").isNotNull();
    return e.problems();
  }
}
