package dev.beacon.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word closest to a mistyped one, for "did you mean" hints. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known word nearest to {@code typed} by edit distance, if it is near enough to be a likely
   * typo (at most a third of the word's length, and at least one edit allowed).
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(t, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.max(t.length(), 3) / 3);
    boolean prefix = best != null && !t.isEmpty() && best.toLowerCase(Locale.ROOT).startsWith(t);
    return best != null && (bestDistance <= allowed || prefix)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** Levenshtein distance between two strings. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
