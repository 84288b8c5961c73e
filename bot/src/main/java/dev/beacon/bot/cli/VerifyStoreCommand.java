package dev.beacon.bot.cli;

import dev.beacon.bot.store.StoreVerifier;
import dev.beacon.bot.store.VerificationReport;
import dev.beacon.core.store.StoreException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code beacon verify-store}: SQLite's integrity check plus Beacon's own consistency checks; exits
 * non-zero when anything is wrong.
 */
@Command(
    name = "verify-store",
    description = "Check the store's integrity (PRAGMA integrity_check and Beacon's own checks).")
public final class VerifyStoreCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Locations locations;

  @Override
  public Integer call() {
    try {
      VerificationReport report = StoreVerifier.verify(locations.dataDir());
      (report.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr())
          .println(report.render());
      return report.ok() ? 0 : 1;
    } catch (StoreException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
  }
}
