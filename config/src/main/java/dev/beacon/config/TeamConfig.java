package dev.beacon.config;

import java.util.List;
import java.util.Optional;

/** A team that owns services, the sites it staffs, its lead and its escalation policy. */
public record TeamConfig(
    String id,
    String name,
    Optional<String> lead,
    Optional<String> escalationPolicy,
    List<String> sites) {

  public TeamConfig {
    sites = List.copyOf(sites);
  }
}
