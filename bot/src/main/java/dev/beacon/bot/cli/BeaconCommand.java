package dev.beacon.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top of Beacon's command line; the subcommands do the work. */
@Command(
    name = "beacon",
    mixinStandardHelpOptions = true,
    version = "Beacon 0.1.0",
    description = "Chat-ops for incidents across follow-the-sun sites.",
    subcommands = {
      RunCommand.class,
      CheckConfigCommand.class,
      ExportCommand.class,
      VerifyStoreCommand.class
    })
public final class BeaconCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line: errors as plain messages, case-insensitive enum values. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BeaconCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
