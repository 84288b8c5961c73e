package dev.beacon.core.routing;

import static dev.beacon.core.routing.FollowTheSun.PUNE;
import static dev.beacon.core.routing.FollowTheSun.SHANGHAI;
import static dev.beacon.core.routing.FollowTheSun.WARSAW;
import static dev.beacon.core.routing.FollowTheSun.WARSAW_ZONE;
import static dev.beacon.core.routing.FollowTheSun.catalog;
import static dev.beacon.core.routing.FollowTheSun.plan;
import static dev.beacon.core.routing.FollowTheSun.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who owns payments-api at an instant")
class OwnerResolverTest {

  private final OwnerResolver resolver = new OwnerResolver(catalog(), plan());

  private Ownership at(String instant) {
    return resolver.resolve("payments-api", Instant.parse(instant));
  }

  @Test
  @DisplayName("in winter the sun passes Shanghai -> Pune -> Warsaw with no gap")
  void followsTheSunInWinter() {
    assertThat(at("2027-01-12T02:00:00Z").site()).isEqualTo("shanghai");
    assertThat(at("2027-01-12T10:00:00Z").site()).isEqualTo("pune");
    assertThat(at("2027-01-12T16:00:00Z").site()).isEqualTo("warsaw");
    assertThat(at("2027-01-12T23:59:00Z").site()).isEqualTo("warsaw");
    assertThat(at("2027-01-13T00:00:00Z").site()).isEqualTo("shanghai");
  }

  @Test
  @DisplayName("the answer names the site's hours and the rotation, primary and secondary")
  void answerCarriesItsReason() {
    Ownership o = at("2027-01-12T20:00:00Z");

    assertThat(o.team()).isEqualTo("payments");
    assertThat(o.primary()).isEqualTo("jan");
    assertThat(o.secondary()).contains("alice");
    assertThat(o.reason())
        .isEqualTo(
            "Warsaw covers 17:00-01:00 Europe/Warsaw; rotation primary (weekly, handoff Mon"
                + " 09:00: jan until 2027-01-18 09:00)");
  }

  @Test
  @DisplayName(
      "after Warsaw springs forward on 2027-03-28, 23:30 UTC is a gap: the fallback is paged")
  void springForwardOpensAGapAnsweredByTheFallback() {
    Ownership o = at("2027-03-28T23:30:00Z");

    assertThat(o.site()).isEqualTo("warsaw");
    assertThat(o.reason())
        .startsWith("no site covers 2027-03-28 23:30 UTC; fallback Warsaw (covers 17:00-01:00");
  }

  @Test
  @DisplayName("the night before the change, 23:30 UTC is still Warsaw's own hours")
  void beforeTheChangeWarsawCoversLateEvening() {
    assertThat(at("2027-03-27T23:30:00Z").reason()).startsWith("Warsaw covers 17:00-01:00");
  }

  @Test
  @DisplayName("in summer Pune and Warsaw overlap 15:00-16:00 UTC; Pune is listed first and wins")
  void overlapGoesToTheSiteListedFirst() {
    Ownership o = at("2027-03-29T15:30:00Z");

    assertThat(o.site()).isEqualTo("pune");
    assertThat(o.reason()).startsWith("Pune covers 13:30-21:30 Asia/Kolkata (ahead of Warsaw,");
  }

  @Test
  @DisplayName("after Warsaw falls back on 2027-10-31 the sites are contiguous again")
  void fallBackClosesTheGap() {
    assertThat(at("2027-10-30T23:30:00Z").reason()).startsWith("no site covers");
    assertThat(at("2027-10-31T23:30:00Z").site()).isEqualTo("warsaw");
    assertThat(at("2027-10-31T15:30:00Z").site()).isEqualTo("pune");
    assertThat(at("2027-10-31T15:30:00Z").reason()).doesNotContain("ahead of");
  }

  @Test
  @DisplayName("an override replaces the primary until it ends, and the reason says until when")
  void overrideReplacesThePrimary() {
    Instant from = LocalDateTime.parse("2027-01-12T17:00").atZone(WARSAW_ZONE).toInstant();
    Instant to = LocalDateTime.parse("2027-01-12T20:00").atZone(WARSAW_ZONE).toInstant();
    OwnerResolver withOverride =
        new OwnerResolver(
            catalog(),
            plan(
                List.of(SHANGHAI, PUNE, WARSAW),
                Optional.empty(),
                new Rota(
                    List.of(weekly(WARSAW_ZONE, "alice", "jan")),
                    List.of(new RotaOverride("alice", from, to)))));

    Ownership during = withOverride.resolve("payments-api", Instant.parse("2027-01-12T17:30:00Z"));
    Ownership after = withOverride.resolve("payments-api", Instant.parse("2027-01-12T19:00:00Z"));

    assertThat(during.primary()).isEqualTo("alice");
    assertThat(during.secondary()).isEmpty();
    assertThat(during.reason()).endsWith("; override: alice until 20:00");
    assertThat(after.primary()).isEqualTo("jan");
  }

  @Test
  @DisplayName(
      "on a Shanghai holiday nobody covers its hours: the first listed site is the fallback")
  void holidayLeavesAGap() {
    RoutingSite shanghaiWithHoliday =
        new RoutingSite(
            "shanghai",
            "Shanghai",
            new SiteCoverage(
                FollowTheSun.SHANGHAI_ZONE,
                LocalTime.parse("08:00"),
                LocalTime.parse("16:00"),
                EnumSet.allOf(DayOfWeek.class),
                Set.of(LocalDate.parse("2027-02-06"))));
    OwnerResolver holiday =
        new OwnerResolver(
            catalog(),
            plan(
                List.of(shanghaiWithHoliday, PUNE, WARSAW),
                Optional.empty(),
                new Rota(List.of(weekly(WARSAW_ZONE, "alice", "jan")), List.of())));

    Ownership o = holiday.resolve("payments-api", Instant.parse("2027-02-06T02:00:00Z"));

    assertThat(o.site()).isEqualTo("shanghai");
    assertThat(o.primary()).isEqualTo("li");
    assertThat(o.reason()).startsWith("no site covers 2027-02-06 02:00 UTC; fallback Shanghai");
  }

  @Test
  @DisplayName("each site of the team, covering or not, with who holds its rota")
  void listsEverySiteOfTheTeam() {
    List<SiteOnCall> sites = resolver.onCall("payments", Instant.parse("2027-03-29T15:30:00Z"));

    assertThat(sites)
        .extracting(SiteOnCall::site, SiteOnCall::covering, SiteOnCall::onDuty)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shanghai", false, false),
            org.assertj.core.groups.Tuple.tuple("pune", true, true),
            org.assertj.core.groups.Tuple.tuple("warsaw", true, false));
    assertThat(sites.get(0).reason()).startsWith("Shanghai is off (covers 08:00-16:00");
    assertThat(sites.get(2).primary()).contains("alice");
  }

  @Test
  @DisplayName("an unknown service is refused naming the known ones")
  void unknownServiceIsRefused() {
    assertThatThrownBy(() -> resolver.resolve("payment-api", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown service 'payment-api' (known: payments-api)");
  }
}
