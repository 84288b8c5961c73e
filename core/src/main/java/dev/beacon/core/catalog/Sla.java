package dev.beacon.core.catalog;

import java.time.Duration;

/**
 * The service levels a severity promises.
 *
 * @param ackWithin someone acknowledges within this
 * @param updateEvery stakeholders hear from the responders at least this often
 * @param resolveTarget the incident should be resolved within this
 */
public record Sla(Duration ackWithin, Duration updateEvery, Duration resolveTarget) {}
