/**
 * Harnesses for the durable timeline append: {@link dev.beacon.bench.store.TimelineAppendBench}
 * measures Beacon's store ({@code IncidentService.addNote} over {@code SqliteIncidentStore})
 * against a floor of raw forced file appends on the same disk. Depends on the bot's store, core's
 * test catalog and the JDK; nothing here is used by Beacon itself.
 */
package dev.beacon.bench.store;
