package dev.beacon.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * Everything routing needs from the configuration: the sites with their hours, and each team's
 * sites and rotas.
 *
 * @param sites every site
 * @param teams the teams that have routing; a team missing here has nobody on call
 */
public record RoutingPlan(List<RoutingSite> sites, List<TeamRouting> teams) {

  /** Copies the lists. */
  public RoutingPlan {
    sites = List.copyOf(sites);
    teams = List.copyOf(teams);
  }

  /** The site with this id. */
  public Optional<RoutingSite> site(String id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The routing of the team with this id. */
  public Optional<TeamRouting> team(String id) {
    return teams.stream().filter(t -> t.team().equals(id)).findFirst();
  }

  /** The site with this id, or an exception naming it. */
  RoutingSite requireSite(String id) {
    return site(id).orElseThrow(() -> new IllegalStateException("no site '" + id + "'"));
  }
}
