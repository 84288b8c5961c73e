package dev.beacon.bot.store;

import java.util.List;

/**
 * What {@link StoreVerifier} found: {@code ok} when every check passed, and one line per check or
 * problem, each starting with {@code ok} or {@code PROBLEM}, ready to print.
 *
 * @param ok true when the store passed every check
 * @param lines the findings, in the order checked
 */
public record VerificationReport(boolean ok, List<String> lines) {

  /** Copies the lines. */
  public VerificationReport {
    lines = List.copyOf(lines);
  }

  /** The lines joined for printing, one per line. */
  public String render() {
    return String.join(System.lineSeparator(), lines);
  }
}
