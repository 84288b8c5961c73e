package dev.beacon.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team that owns services, the sites it staffs (in precedence order where their hours overlap),
 * its lead, its escalation policy, the site paged when none covers, and its rota at each site.
 */
public record TeamConfig(
    String id,
    String name,
    Optional<String> lead,
    Optional<String> escalationPolicy,
    List<String> sites,
    Optional<String> fallbackSite,
    Map<String, RotaConfig> rotas) {

  public TeamConfig {
    sites = List.copyOf(sites);
    rotas = Collections.unmodifiableMap(new LinkedHashMap<>(rotas));
  }

  /** A team without routing: no fallback site, no rotas. */
  public TeamConfig(
      String id,
      String name,
      Optional<String> lead,
      Optional<String> escalationPolicy,
      List<String> sites) {
    this(id, name, lead, escalationPolicy, sites, Optional.empty(), Map.of());
  }

  /** The site paged when none covers: {@code fallbackSite}, else the first of {@code sites}. */
  public String fallback() {
    return fallbackSite.orElse(sites.get(0));
  }
}
