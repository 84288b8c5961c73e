/**
 * Outage drills and the Discord path benchmark: {@link dev.beacon.bench.outage.PagerOutageDrill}
 * (PagerDuty failing for 10 minutes: every page delivered afterwards, backoff kept), {@link
 * dev.beacon.bench.outage.DiscordOutageDrill} (Discord's REST and gateway down for a minute: the
 * session resumes, nothing is lost or doubled, users are told) and {@link
 * dev.beacon.bench.outage.DiscordPathBench} (slash command to channel and page DM). Each runs with
 * {@code bench/run <Name> [--quick]} and prints a report; none asserts anything about time.
 */
package dev.beacon.bench.outage;
