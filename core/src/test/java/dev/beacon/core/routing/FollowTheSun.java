package dev.beacon.core.routing;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.catalog.Team;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three example sites (contiguous in UTC in winter: Shanghai 00-08, Pune 08-16, Warsaw 16-24)
 * and a payments team with a weekly rota at each, for routing tests.
 */
final class FollowTheSun {

  static final ZoneId SHANGHAI_ZONE = ZoneId.of("Asia/Shanghai");
  static final ZoneId PUNE_ZONE = ZoneId.of("Asia/Kolkata");
  static final ZoneId WARSAW_ZONE = ZoneId.of("Europe/Warsaw");

  static final RoutingSite SHANGHAI =
      new RoutingSite(
          "shanghai", "Shanghai", SiteCoverage.daily(SHANGHAI_ZONE, time("08:00"), time("16:00")));
  static final RoutingSite PUNE =
      new RoutingSite("pune", "Pune", SiteCoverage.daily(PUNE_ZONE, time("13:30"), time("21:30")));
  static final RoutingSite WARSAW =
      new RoutingSite(
          "warsaw", "Warsaw", SiteCoverage.daily(WARSAW_ZONE, time("17:00"), time("01:00")));

  /** Mondays: 2027-01-04 is one. */
  static final LocalDate A_MONDAY = LocalDate.parse("2027-01-04");

  private FollowTheSun() {}

  static LocalTime time(String text) {
    return LocalTime.parse(text);
  }

  static Rotation weekly(ZoneId zone, String... members) {
    return new Rotation("primary", 7, time("09:00"), A_MONDAY, zone, List.of(members));
  }

  static Catalog catalog() {
    return new Catalog(
        List.of(
            new Site("shanghai", "Shanghai", SHANGHAI_ZONE),
            new Site("pune", "Pune", PUNE_ZONE),
            new Site("warsaw", "Warsaw", WARSAW_ZONE)),
        List.of(new Team("payments", "Payments")),
        List.of(
            new Person("li", "Li Na", "shanghai", "payments"),
            new Person("wei", "Wei Zhang", "shanghai", "payments"),
            new Person("priya", "Priya Sharma", "pune", "payments"),
            new Person("arjun", "Arjun Mehta", "pune", "payments"),
            new Person("alice", "Alice Nowak", "warsaw", "payments"),
            new Person("jan", "Jan Kowalski", "warsaw", "payments")),
        List.of(new ServiceInfo("payments-api", "Payments API", "payments", 1, "")),
        Map.of());
  }

  /** Payments at all three sites, Shanghai first, with the given Warsaw rota. */
  static RoutingPlan plan(List<RoutingSite> sites, Optional<String> fallback, Rota warsaw) {
    return new RoutingPlan(
        sites,
        List.of(
            new TeamRouting(
                "payments",
                sites.stream().map(RoutingSite::id).toList(),
                fallback,
                Map.of(
                    "shanghai", new Rota(List.of(weekly(SHANGHAI_ZONE, "li", "wei")), List.of()),
                    "pune", new Rota(List.of(weekly(PUNE_ZONE, "priya", "arjun")), List.of()),
                    "warsaw", warsaw))));
  }

  static RoutingPlan plan() {
    return plan(
        List.of(SHANGHAI, PUNE, WARSAW),
        Optional.of("warsaw"),
        new Rota(List.of(weekly(WARSAW_ZONE, "alice", "jan")), List.of()));
  }
}
