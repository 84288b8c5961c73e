package dev.beacon.config;

import java.util.List;

/**
 * A team's rota at one site: rotations in order (the first is the primary, the second, if any, the
 * secondary) and overrides.
 */
public record RotaConfig(List<RotationConfig> rotations, List<OverrideConfig> overrides) {

  public RotaConfig {
    rotations = List.copyOf(rotations);
    overrides = List.copyOf(overrides);
  }
}
