package dev.beacon.core.routing;

import java.time.Instant;

/**
 * One turn of a rotation.
 *
 * @param person who holds it
 * @param next who holds the following turn
 * @param since when it started (the handoff)
 * @param until when the next turn starts
 */
public record Shift(String person, String next, Instant since, Instant until) {}
