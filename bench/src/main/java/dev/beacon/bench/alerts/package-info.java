/**
 * Harnesses for the alert path: {@link dev.beacon.bench.alerts.AlertToPageBench} (an Alertmanager
 * webhook in, a PagerDuty Events API request out, against a bare relay as the floor) and {@link
 * dev.beacon.bench.alerts.AlertStormBench} (10,000 alerts over 1,000 groups in 10 s: acceptance,
 * grouping and storm folding, the store, the outbox drain and the heap). Both send open-loop over
 * real HTTP on loopback to a Beacon in this process, with PagerDuty played by MockWebServer, and
 * use real time.
 */
package dev.beacon.bench.alerts;
