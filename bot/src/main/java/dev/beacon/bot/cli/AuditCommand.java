package dev.beacon.bot.cli;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.core.audit.AuditEntry;
import dev.beacon.core.store.StoreException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code beacon audit}: the newest entries of the audit log (actions refused for want of a role),
 * one per line, oldest first. Reads the store read-only, so it works next to a running Beacon.
 */
@Command(
    name = "audit",
    description = "Show the audit log: who tried what, and why it was refused.")
public final class AuditCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Locations locations;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "How many of the newest entries to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      spec.commandLine().getErr().println("--limit must be at least 1, got " + limit + ".");
      return 2;
    }
    try (SqliteIncidentStore store = SqliteIncidentStore.openReadOnly(locations.dataDir())) {
      List<AuditEntry> entries = store.recentAudit(limit);
      if (entries.isEmpty()) {
        out.println("The audit log is empty: nothing has been refused.");
      }
      for (AuditEntry e : entries) {
        out.println(
            e.at()
                + "  "
                + e.outcome()
                + "  "
                + e.actor()
                + "  "
                + e.action()
                + "  -- "
                + e.reason());
      }
      return 0;
    } catch (StoreException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
  }
}
