/** The command line (picocli): run, check-config, export and verify-store. */
package dev.beacon.bot.cli;
