/**
 * Harnesses for the escalation timers, run on a real Beacon ({@code Beacon.open} with the example
 * configuration, real Quartz, real SQLite, the real clock): {@link
 * dev.beacon.bench.timers.TimerLatenessBench} (how late 10,000 pending escalations fire) and {@link
 * dev.beacon.bench.timers.RestartRescheduleBench} (how fast a restart reschedules them, and that
 * the overdue ones fire exactly once). Instrumentation only listens: a Quartz job listener on
 * Beacon's scheduler and reads of the store; nothing here changes how Beacon behaves.
 */
package dev.beacon.bench.timers;
