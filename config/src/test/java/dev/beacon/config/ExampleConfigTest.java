package dev.beacon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The built-in example configuration")
class ExampleConfigTest {

  private final BeaconConfig config = ConfigLoader.loadExample();

  @Test
  void loadsWithoutProblemsAndDescribesThreeSitesAcrossTimeZones() {
    assertThat(config.sites())
        .extracting(SiteConfig::id, SiteConfig::zone, SiteConfig::coverage)
        .containsExactly(
            tuple("shanghai", ZoneId.of("Asia/Shanghai"), "08:00-16:00"),
            tuple("pune", ZoneId.of("Asia/Kolkata"), "13:30-21:30"),
            tuple("warsaw", ZoneId.of("Europe/Warsaw"), "17:00-01:00"));
    assertThat(config.site("warsaw").orElseThrow().overnight()).isTrue();
  }

  @Test
  void catalogsTheFundAdministrationServicesWithTheirOwnersAndRunbooks() {
    assertThat(config.services())
        .extracting(ServiceConfig::id)
        .contains("fund-accounting", "nav-calculation", "custody-settlement", "payments-api");
    ServiceConfig payments = config.service("payments-api").orElseThrow();
    assertThat(payments.owner()).isEqualTo("payments");
    assertThat(config.services())
        .allSatisfy(
            s ->
                assertThat(s.runbook().orElseThrow().toString())
                    .startsWith("https://wiki.example.com/runbooks/"));
  }

  @Test
  void listsAliceInWarsawFirstAndPeopleAtEverySite() {
    PersonConfig first = config.people().get(0);
    assertThat(first.id()).isEqualTo("alice");
    assertThat(first.site()).isEqualTo("warsaw");
    assertThat(config.people())
        .extracting(PersonConfig::id)
        .contains("wei", "li", "priya", "arjun", "jan", "marta");
    assertThat(config.people())
        .extracting(PersonConfig::site)
        .contains("shanghai", "pune", "warsaw");
    assertThat(config.people()).anyMatch(PersonConfig::dutyManager);
  }

  @Test
  void givesSev1TheTightestServiceLevels() {
    SeverityConfig sev1 = config.severity(Severity.SEV1);
    assertThat(sev1.ackWithin()).isEqualTo(Duration.ofMinutes(5));
    assertThat(sev1.updateEvery()).isEqualTo(Duration.ofMinutes(15));
    assertThat(sev1.resolveTarget()).isEqualTo(Duration.ofHours(4));
    assertThat(config.severities()).containsOnlyKeys(Severity.values());
  }

  @Test
  void routesPaymentsThroughItsTeamPolicyAndEverythingElseThroughTheDefault() {
    assertThat(config.escalationPolicyFor(config.service("payments-api").orElseThrow()).id())
        .isEqualTo("payments-critical");
    assertThat(config.escalationPolicyFor(config.service("nav-calculation").orElseThrow()).id())
        .isEqualTo("default");
  }

  @Test
  void putsNavCalculationUnderMonthEndHyperCare() {
    HyperCareWindowConfig window = config.hyperCare().get(0);
    assertThat(window.services()).containsExactly("nav-calculation");
    assertThat(window.recurring()).contains("month-end");
    assertThat(window.timeoutFactor()).isEqualTo(0.5);
  }

  @Test
  void namesOnlyEnvironmentVariablesForSecretsAndDefaultsVendorUrls() {
    PagerDutyConfig pagerDuty = config.integrations().pagerDuty().orElseThrow();
    assertThat(pagerDuty.routingKey().envName()).isEqualTo("PAGERDUTY_ROUTING_KEY");
    assertThat(pagerDuty.baseUrl()).hasToString("https://events.pagerduty.com");
    assertThat(config.integrations().opsgenie().orElseThrow().baseUrl())
        .hasToString("https://api.opsgenie.com");
    DiscordConfig discord = config.discord().orElseThrow();
    assertThat(discord.guild()).isEmpty();
    assertThat(discord.token().envName()).isEqualTo("DISCORD_TOKEN");
  }

  @Test
  void summarisesSitesWithZonesAndCoverageForCheckConfig() {
    String summary = ConfigSummary.of(config);
    assertThat(summary)
        .contains(
            "3 sites: shanghai (Asia/Shanghai 08:00-16:00), pune (Asia/Kolkata 13:30-21:30),"
                + " warsaw (Europe/Warsaw 17:00-01:00 overnight)")
        .contains("3 teams: fund-accounting, custody, payments")
        .contains("people: alice, wei,");
    assertThat(LocalTime.of(1, 0)).isEqualTo(config.site("warsaw").orElseThrow().to());
  }

  @Test
  void givesEveryTeamARotaAtEachOfItsSitesStaffedByPeopleFromThatSite() {
    assertThat(config.teams())
        .allSatisfy(
            team -> {
              assertThat(team.rotas()).containsOnlyKeys(team.sites());
              assertThat(team.fallback()).isEqualTo("warsaw");
              team.rotas()
                  .forEach(
                      (site, rota) ->
                          assertThat(rota.rotations())
                              .flatExtracting(RotationConfig::members)
                              .allSatisfy(
                                  member ->
                                      assertThat(config.person(member).orElseThrow().site())
                                          .isEqualTo(site)));
            });
    assertThat(config.sites()).allSatisfy(site -> assertThat(site.workingDays()).hasSize(7));
  }
}
