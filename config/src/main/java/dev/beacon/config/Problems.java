package dev.beacon.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found in one file, so that all of them are reported together. */
final class Problems {

  private final String file;
  private final List<ConfigProblem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(int line, String path, String message) {
    found.add(new ConfigProblem(file, line, path, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems ordered by line (stable, so problems on one line keep the order found). */
  List<ConfigProblem> sorted() {
    List<ConfigProblem> copy = new ArrayList<>(found);
    copy.sort(Comparator.comparingInt(ConfigProblem::line));
    return List.copyOf(copy);
  }
}
