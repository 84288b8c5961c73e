package dev.beacon.bot.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where Beacon keeps its data and finds its configuration, shared by the subcommands: {@code
 * --data} (default {@code $BEACON_DATA}, else {@code ./beacon-data}) and {@code --config} (default
 * {@code $BEACON_CONFIG}, else the built-in example).
 */
public final class Locations {

  /** The data directory used when neither {@code --data} nor {@code BEACON_DATA} is given. */
  public static final String DEFAULT_DATA = "beacon-data";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default: $BEACON_DATA, else ./beacon-data)")
  Path data;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $BEACON_CONFIG, else the built-in example)")
  Path config;

  /** The data directory to use. */
  public Path dataDir() {
    if (data != null) {
      return data;
    }
    return Optional.ofNullable(System.getenv("BEACON_DATA"))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElse(Path.of(DEFAULT_DATA));
  }

  /** The configuration file, or empty for the built-in example. */
  public Optional<Path> configFile() {
    if (config != null) {
      return Optional.of(config);
    }
    return Optional.ofNullable(System.getenv("BEACON_CONFIG"))
        .filter(s -> !s.isBlank())
        .map(Path::of);
  }
}
