package dev.beacon.config;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A hyper-care window: a critical business period or a big release during which the listed services
 * get tighter escalation timeouts ({@code timeoutFactor}, 0 &lt; f &le; 1). The window is either
 * fixed ({@code start}/{@code end}, local to {@code zone}) or recurring ({@code month-end}, {@code
 * quarter-end}).
 */
public record HyperCareWindowConfig(
    String id,
    List<String> services,
    ZoneId zone,
    Optional<LocalDateTime> start,
    Optional<LocalDateTime> end,
    Optional<String> recurring,
    double timeoutFactor) {

  /** The recurring windows Beacon knows how to compute. */
  public static final List<String> RECURRING = List.of("month-end", "quarter-end");

  public HyperCareWindowConfig {
    services = List.copyOf(services);
  }
}
