package dev.beacon.bench.reliability;

import dev.beacon.bench.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of a drill, tallied over many observations: how many held, how many did not, the first
 * few failures as evidence, and what to do next when any failed. Added to a {@link Report} as a row
 * (met only when nothing failed and something was checked) and, when missed, a note.
 */
final class Check {

  private static final int EXAMPLES = 5;

  private final String measure;
  private final String unit;
  private final String nextStep;
  private final List<String> examples = new ArrayList<>();
  private long held;
  private long failed;

  /**
   * @param measure what is checked, for the report's first column
   * @param unit what one observation is, e.g. {@code alerts answered 2xx}
   * @param nextStep what to do when it fails
   */
  Check(String measure, String unit, String nextStep) {
    this.measure = measure;
    this.unit = unit;
    this.nextStep = nextStep;
  }

  /** One observation that held. */
  synchronized void held() {
    held++;
  }

  /** {@code n} observations that held. */
  synchronized void held(long n) {
    held += n;
  }

  /** One observation that did not hold; {@code evidence} says which and how. */
  synchronized void failed(String evidence) {
    failed++;
    if (examples.size() < EXAMPLES) {
      examples.add(evidence);
    }
  }

  /** Records {@code ok} as held, else as failed with {@code evidence}. */
  void expect(boolean ok, String evidence) {
    if (ok) {
      held();
    } else {
      failed(evidence);
    }
  }

  synchronized long failures() {
    return failed;
  }

  synchronized boolean met() {
    return failed == 0 && held > 0;
  }

  /** Adds the row, and a note with the evidence and the next step when missed. */
  synchronized void addTo(Report report) {
    long total = held + failed;
    String result =
        failed == 0
            ? (total == 0 ? "nothing to check (0 " + unit + ")" : "0 of " + total + " " + unit)
            : failed + " of " + total + " " + unit;
    report.row(measure, result, "0 failed", met());
    if (failed > 0) {
      report.note(
          "**"
              + measure
              + "** missed: "
              + String.join("; ", examples)
              + (failed > examples.size() ? " (and " + (failed - examples.size()) + " more)" : "")
              + ". Next step: "
              + nextStep);
    } else if (total == 0) {
      report.note(
          "**" + measure + "**: nothing was there to check this run. Next step: " + nextStep);
    }
  }
}
