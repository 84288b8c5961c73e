package dev.beacon.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One harness's results as Markdown: a heading, the exact command, the machine and the date, a
 * table of measures against their targets (met or missed, never hidden), and notes. Printed to
 * standard output and written to {@code bench/target/results/<name>.md}.
 */
public final class Report {

  private final String name;
  private final String title;
  private final String command;
  private final List<String[]> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * A report for harness {@code name} (its class name) about {@code title}, made by {@code command}
   * (as a reader would type it, e.g. {@code bench/run TimelineAppendBench}).
   */
  public Report(String name, String title, String command) {
    this.name = name;
    this.title = title;
    this.command = command;
  }

  /** A row: what was measured, the result, the target, and whether it was met. */
  public Report row(String measure, String result, String target, boolean met) {
    rows.add(new String[] {measure, result, target, met ? "met" : "**missed**"});
    return this;
  }

  /** A row without a target (a floor, a count). */
  public Report row(String measure, String result) {
    rows.add(new String[] {measure, result, "", ""});
    return this;
  }

  /** A note under the table: how it was measured, why a target was missed, the next step. */
  public Report note(String text) {
    notes.add(text);
    return this;
  }

  /** The Markdown. */
  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("### ").append(title).append("\n\n");
    b.append("Command: `").append(command).append("`  \n");
    b.append("Machine: ").append(Machine.describe()).append("\n\n");
    b.append("| measure | result | target | |\n|---|---|---|---|\n");
    for (String[] r : rows) {
      b.append("| ").append(String.join(" | ", r[0], r[1], r[2], r[3])).append(" |\n");
    }
    if (!notes.isEmpty()) {
      b.append('\n');
      for (String n : notes) {
        b.append("- ").append(n).append('\n');
      }
    }
    return b.toString();
  }

  /** Prints the Markdown and writes it under {@code bench/target/results/}. */
  public void publish() {
    String md = markdown();
    System.out.println(md);
    try {
      Path dir = Files.createDirectories(Path.of("bench", "target", "results"));
      Files.writeString(dir.resolve(name + ".md"), md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
