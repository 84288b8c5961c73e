/**
 * Benchmarks and reliability harnesses, run with {@code bench/run <Name>} and never from the unit
 * tests (no timing is asserted anywhere): {@link dev.beacon.bench.Bench} finds a harness by its
 * class name; {@link dev.beacon.bench.Samples} holds latencies; {@link dev.beacon.bench.Report}
 * prints what was measured, with the command, the machine and the date, for docs/BENCHMARKS.md and
 * docs/RELIABILITY.md.
 */
package dev.beacon.bench;
