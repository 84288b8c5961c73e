package dev.beacon.bot;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.beacon.bot.cli.BeaconCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Set;
import picocli.CommandLine;

/** Beacon's entry point: {@code java -jar beacon.jar [run|check-config|export|verify-store]}. */
public final class Main {

  private static final Set<String> TOP_LEVEL = Set.of("-h", "--help", "-V", "--version");

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8));
    System.exit(execute(args));
  }

  /** Runs the command line; {@code run} is the default subcommand. */
  public static int execute(String... args) {
    CommandLine cli = BeaconCommand.commandLine();
    boolean noSubcommand =
        args.length == 0 || (args[0].startsWith("-") && !TOP_LEVEL.contains(args[0]));
    if (noSubcommand) {
      String[] withRun = new String[args.length + 1];
      withRun[0] = "run";
      System.arraycopy(args, 0, withRun, 1, args.length);
      return cli.execute(withRun);
    }
    return cli.execute(args);
  }
}
