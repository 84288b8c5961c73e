package dev.beacon.core.metrics;

import java.util.OptionalDouble;

/**
 * Stakeholders' ratings of how incidents were handled (1 to 5, asked at close).
 *
 * @param ratings how many ratings were given
 * @param incidentsRated how many incidents got at least one
 * @param average the mean score, empty without ratings
 */
public record Satisfaction(int ratings, int incidentsRated, OptionalDouble average) {}
