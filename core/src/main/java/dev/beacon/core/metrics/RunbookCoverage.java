package dev.beacon.core.metrics;

/**
 * How much of the response had a runbook at hand.
 *
 * @param services catalogue services with a runbook, of all catalogue services
 * @param incidents incidents that had a runbook posted, of all incidents in the period; an incident
 *     counts as posted when one of its services has a runbook, since its card carries it
 * @param incidentsWithoutService incidents declared with no service at all (so no runbook could be
 *     posted); they are part of {@code incidents.of()}
 */
public record RunbookCoverage(Share services, Share incidents, int incidentsWithoutService) {}
