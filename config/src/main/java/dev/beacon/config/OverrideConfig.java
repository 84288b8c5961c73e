package dev.beacon.config;

import java.time.LocalDateTime;

/**
 * A rota override: {@code person} is on call instead of the primary from {@code from} until {@code
 * to}, local date-times in the site's zone.
 */
public record OverrideConfig(String person, LocalDateTime from, LocalDateTime to) {}
