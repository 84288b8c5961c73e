/**
 * Quartz, as an alarm clock derived from the store: per-incident wake-ups and a periodic sweep.
 * Jobs only call the escalation use cases; they do no network I/O.
 */
package dev.beacon.bot.timers;
