/** Start-up to ready in local mode, and the idle process's resident memory. */
package dev.beacon.bench.startup;
