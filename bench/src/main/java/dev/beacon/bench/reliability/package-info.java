/**
 * Reliability harnesses, run with {@code bench/run <Name>} and never from the unit tests: {@link
 * dev.beacon.bench.reliability.CrashStormDrill} kills a Beacon with SIGKILL again and again during
 * an alert storm and checks that nothing it acknowledged is lost, no page changes its dedup key and
 * every pending timer is rebuilt; {@link dev.beacon.bench.reliability.FuzzDrill} sends malformed,
 * oversized and Unicode-heavy webhook bodies and command lines and checks that Beacon never answers
 * 5xx, never logs an unhandled exception and leaves a store that passes {@code beacon
 * verify-store}. Both take {@code --quick} (a short smoke run through the same code) and {@code
 * --seed N} (repeat a run's choices), and print a {@link dev.beacon.bench.Report}.
 */
package dev.beacon.bench.reliability;
