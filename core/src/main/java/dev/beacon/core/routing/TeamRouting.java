package dev.beacon.core.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one team is reached: its sites in precedence order (the first covering site wins where
 * windows overlap), the site paged when none covers, and a rota per site.
 *
 * @param team the team id
 * @param sites site ids, in precedence order; never empty
 * @param fallbackSite paged when no site covers; empty means the first of {@code sites}
 * @param rotas site id to that site's rota for this team; a site without one is skipped
 */
public record TeamRouting(
    String team, List<String> sites, Optional<String> fallbackSite, Map<String, Rota> rotas) {

  /** Copies the collections, keeping the rotas' order. */
  public TeamRouting {
    sites = List.copyOf(sites);
    rotas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rotas));
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("team " + team + " has no sites");
    }
  }

  /** The site paged when none covers. */
  public String fallback() {
    return fallbackSite.orElse(sites.get(0));
  }

  /** The team's rota at {@code site}. */
  public Optional<Rota> rota(String site) {
    return Optional.ofNullable(rotas.get(site));
  }
}
