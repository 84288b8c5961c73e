package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.OverrideConfig;
import dev.beacon.config.RotaConfig;
import dev.beacon.config.RotationConfig;
import dev.beacon.config.SiteConfig;
import dev.beacon.config.TeamConfig;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Rota;
import dev.beacon.core.routing.RotaOverride;
import dev.beacon.core.routing.Rotation;
import dev.beacon.core.routing.RoutingPlan;
import dev.beacon.core.routing.RoutingSite;
import dev.beacon.core.routing.SiteCoverage;
import dev.beacon.core.routing.TeamRouting;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands routing its part of the configuration: sites' hours and teams' rotas as a {@link
 * RoutingPlan}, local times turned into instants in each site's zone.
 */
public final class RoutingFactory {

  private RoutingFactory() {}

  /** The resolver for {@code config}'s services. */
  public static OwnerResolver from(BeaconConfig config) {
    return new OwnerResolver(CatalogFactory.from(config), plan(config));
  }

  /** The sites and the teams that have rotas; a team without any is left out. */
  public static RoutingPlan plan(BeaconConfig config) {
    List<RoutingSite> sites =
        config.sites().stream()
            .map(
                s ->
                    new RoutingSite(
                        s.id(),
                        s.name(),
                        new SiteCoverage(
                            s.zone(),
                            s.from(),
                            s.to(),
                            s.workingDays(),
                            new HashSet<>(s.holidays()))))
            .toList();
    List<TeamRouting> teams =
        config.teams().stream()
            .filter(t -> !t.rotas().isEmpty())
            .map(t -> team(config, t))
            .toList();
    return new RoutingPlan(sites, teams);
  }

  private static TeamRouting team(BeaconConfig config, TeamConfig team) {
    Map<String, Rota> rotas = new LinkedHashMap<>();
    team.rotas()
        .forEach(
            (siteId, rota) -> {
              ZoneId zone = config.site(siteId).map(SiteConfig::zone).orElseThrow();
              rotas.put(siteId, rota(rota, zone));
            });
    return new TeamRouting(team.id(), team.sites(), team.fallbackSite(), rotas);
  }

  private static Rota rota(RotaConfig rota, ZoneId zone) {
    return new Rota(
        rota.rotations().stream().map(r -> rotation(r, zone)).toList(),
        rota.overrides().stream().map(o -> override(o, zone)).toList());
  }

  private static Rotation rotation(RotationConfig r, ZoneId zone) {
    return new Rotation(r.name(), r.lengthDays(), r.handoff(), r.start(), zone, r.members());
  }

  private static RotaOverride override(OverrideConfig o, ZoneId zone) {
    return new RotaOverride(
        o.person(), o.from().atZone(zone).toInstant(), o.to().atZone(zone).toInstant());
  }
}
