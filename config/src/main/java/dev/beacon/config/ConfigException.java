package dev.beacon.config;

import java.util.List;
import java.util.stream.Collectors;

/** A configuration file could not be loaded; {@link #problems()} lists every problem found. */
public final class ConfigException extends Exception {

  private final List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, ordered by line. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String render(List<ConfigProblem> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return count
        + " in the configuration:\n"
        + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
  }
}
