package dev.beacon.config;

import static dev.beacon.config.MinimalConfig.lineOf;
import static dev.beacon.config.MinimalConfig.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Teams' rotas and fallback sites")
class RotaConfigTest {

  private static final String TEAM_SITES = "    sites: [warsaw]";

  private static String withRota(String rota) {
    return with(TEAM_SITES, TEAM_SITES + "\n" + rota.stripTrailing());
  }

  private static List<String> problemsOf(String yaml) {
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load("beacon.yaml", yaml));
    assertThat(e).as("expected problems").isNotNull();
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }

  @Test
  @DisplayName("a weekly rotation and an override load with local times as written")
  void loadsARota() throws Exception {
    String yaml =
        withRota(
            """
                rotas:
                  warsaw:
                    rotations:
                      - {name: primary, length: weekly, handoff: "MON 09:00", start: 2026-11-02, members: [alice]}
                    overrides:
                      - {person: alice, from: 2026-11-24T17:00, to: 2026-11-25T01:00}
            """);

    TeamConfig team = ConfigLoader.load("beacon.yaml", yaml).team("custody").orElseThrow();

    assertThat(team.fallback()).isEqualTo("warsaw");
    RotaConfig rota = team.rotas().get("warsaw");
    assertThat(rota.rotations())
        .containsExactly(
            new RotationConfig(
                "primary",
                7,
                LocalTime.of(9, 0),
                Optional.of(DayOfWeek.MONDAY),
                LocalDate.parse("2026-11-02"),
                List.of("alice")));
    assertThat(rota.overrides())
        .containsExactly(
            new OverrideConfig(
                "alice",
                LocalDateTime.parse("2026-11-24T17:00"),
                LocalDateTime.parse("2026-11-25T01:00")));
  }

  @Test
  @DisplayName("an unknown member, a bad length and an override that ends first are all reported")
  void reportsEveryRotaMistakeWithItsLine() {
    String yaml =
        withRota(
            """
                rotas:
                  warsaw:
                    rotations:
                      - name: primary
                        length: fortnightly
                        handoff: "09:00"
                        start: 2026-11-02
                        members: [alcie]
                    overrides:
                      - {person: alice, from: 2026-11-25T01:00, to: 2026-11-24T17:00}
            """);

    assertThat(problemsOf(yaml))
        .containsExactly(
            "beacon.yaml:"
                + lineOf(yaml, "fortnightly")
                + " teams[0].rotas.warsaw.rotations[0].length: 'fortnightly' is not a rotation"
                + " length; write daily, weekly or whole days such as 3d",
            "beacon.yaml:"
                + lineOf(yaml, "alcie")
                + " teams[0].rotas.warsaw.rotations[0].members[0]: person 'alcie' is not defined"
                + " (did you mean 'alice'? known: alice)",
            "beacon.yaml:"
                + lineOf(yaml, "person: alice")
                + " teams[0].rotas.warsaw.overrides[0].to: must be after from (2026-11-25T01:00)");
  }

  @Test
  @DisplayName("a rota for a site the team does not staff is refused naming the team's sites")
  void rotaForAnotherSiteIsRefused() {
    String yaml =
        withRota(
            """
                rotas:
                  warsaw:
                    rotations:
                      - {name: primary, length: daily, handoff: "09:00", start: 2026-11-02, members: [alice]}
                  warsow:
                    rotations:
                      - {name: primary, length: daily, handoff: "09:00", start: 2026-11-02, members: [alice]}
            """);

    assertThat(problemsOf(yaml))
        .containsExactly(
            "beacon.yaml:"
                + lineOf(yaml, "warsow:")
                + " teams[0].rotas.warsow: site 'warsow' is not one of this team's sites (did you"
                + " mean 'warsaw'? the team's sites: warsaw)");
  }

  @Test
  @DisplayName("a weekly Monday handoff must start on a Monday, and the message says which one")
  void weeklyStartMustBeOnTheHandoffDay() {
    String yaml =
        withRota(
            """
                rotas:
                  warsaw:
                    rotations:
                      - {name: primary, length: weekly, handoff: "MON 09:00", start: 2026-11-04, members: [alice]}
            """);

    assertThat(problemsOf(yaml))
        .singleElement()
        .asString()
        .endsWith(
            "teams[0].rotas.warsaw.rotations[0].start: 2026-11-04 is a Wednesday, but the rotation"
                + " hands off on Monday; start it on a Monday, e.g. 2026-11-09");
  }

  @Test
  @DisplayName("the fallback site must be one of the team's sites and have a rota")
  void fallbackMustHaveARota() {
    String yaml =
        with(
            TEAM_SITES,
            """
                sites: [warsaw, shanghai]
                fallbackSite: shanghai
                rotas:
                  warsaw:
                    rotations:
                      - {name: primary, length: daily, handoff: "09:00", start: 2026-11-02, members: [alice]}
            """
                .stripTrailing());
    yaml =
        yaml.replace(
            "teams:",
            "  - id: shanghai\n    zone: Asia/Shanghai\n    coverage: \"08:00-16:00\"\nteams:");

    assertThat(problemsOf(yaml))
        .containsExactly(
            "beacon.yaml:"
                + lineOf(yaml, "fallbackSite")
                + " teams[0].fallbackSite: the fallback site 'shanghai' (paged when no site covers)"
                + " has no rota; add rotas.shanghai or name another fallbackSite");
  }
}
