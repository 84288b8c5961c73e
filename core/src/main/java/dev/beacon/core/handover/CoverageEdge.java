package dev.beacon.core.handover;

import java.time.Instant;

/**
 * One instant at which a team's on-call may move: a site of the team stops (or starts) covering.
 *
 * @param team the team's id
 * @param site the site whose window ends or starts
 * @param at the window's end (or start)
 * @param start true for a window's start, false for its end
 */
record CoverageEdge(String team, String site, Instant at, boolean start) {}
