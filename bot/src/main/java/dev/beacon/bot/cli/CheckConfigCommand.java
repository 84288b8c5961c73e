package dev.beacon.bot.cli;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigSummary;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code beacon check-config FILE}: validates a configuration and summarises it. */
@Command(
    name = "check-config",
    description = "Check a configuration file: every problem with its line, or a summary.")
public final class CheckConfigCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The file to check (default: the built-in example)")
  Path file;

  @Override
  public Integer call() {
    Optional<BeaconConfig> config =
        ConfigSource.load(Optional.ofNullable(file), spec.commandLine().getErr());
    if (config.isEmpty()) {
      return 1;
    }
    spec.commandLine()
        .getOut()
        .println(file == null ? "Built-in example configuration: OK" : file + ": OK");
    spec.commandLine().getOut().println(ConfigSummary.of(config.get()));
    return 0;
  }
}
