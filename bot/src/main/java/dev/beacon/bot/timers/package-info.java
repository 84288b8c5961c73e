/**
 * Quartz, as an alarm clock derived from the store: per-incident wake-ups and a periodic sweep.
 * Jobs only call the escalation use cases; they do no network I/O. How late each trigger fires is
 * reported through {@link dev.beacon.bot.timers.TimerLateness} (for metrics).
 */
package dev.beacon.bot.timers;
