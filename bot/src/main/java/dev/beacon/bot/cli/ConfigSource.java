package dev.beacon.bot.cli;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigException;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.ConfigProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loads the configuration for a subcommand, printing every problem when it is invalid. */
final class ConfigSource {

  private ConfigSource() {}

  /**
   * The configuration at {@code file}, or the built-in example; empty (after printing why to {@code
   * err}) when the file is missing or invalid.
   */
  static Optional<BeaconConfig> load(Optional<Path> file, PrintWriter err) {
    if (file.isEmpty()) {
      return Optional.of(ConfigLoader.loadExample());
    }
    Path path = file.get();
    if (!Files.isRegularFile(path)) {
      err.println(
          "No configuration file at "
              + path
              + ". Check the path, or leave it out to use the built-in example.");
      return Optional.empty();
    }
    try {
      return Optional.of(ConfigLoader.load(path));
    } catch (ConfigException e) {
      for (ConfigProblem p : e.problems()) {
        err.println(p);
      }
      err.println(
          e.problems().size()
              + (e.problems().size() == 1 ? " problem" : " problems")
              + " in "
              + path
              + "; fix "
              + (e.problems().size() == 1 ? "it" : "them")
              + " and run again.");
      return Optional.empty();
    }
  }
}
