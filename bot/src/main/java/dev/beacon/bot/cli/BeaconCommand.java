package dev.beacon.bot.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
      VerifyStoreCommand.class,
      OncallCommand.class,
      CoverageCommand.class,
      AuditCommand.class,
      PublishCommand.class
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
    cli.setOut(utf8(System.out));
    cli.setErr(utf8(System.err));
    return cli;
  }

  /** Beacon speaks UTF-8 whatever the platform's locale, so names and emoji survive. */
  private static PrintWriter utf8(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }
}
