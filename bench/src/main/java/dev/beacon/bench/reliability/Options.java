package dev.beacon.bench.reliability;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A harness's command-line options: {@code --quick}, {@code --seed N} and whole-number options such
 * as {@code --cycles 50}, each with a full-size and a quick default.
 */
final class Options {

  private final String harness;
  private final boolean quick;
  private final long seed;
  private final Map<String, Integer> numbers;

  private Options(String harness, boolean quick, long seed, Map<String, Integer> numbers) {
    this.harness = harness;
    this.quick = quick;
    this.seed = seed;
    this.numbers = numbers;
  }

  /**
   * Parses {@code args}; {@code numberNames} are the whole-number options the harness takes.
   *
   * @throws IllegalArgumentException naming an unknown option or a bad value
   */
  static Options parse(String harness, String[] args, Set<String> numberNames) {
    boolean quick = false;
    long seed = new Random().nextLong();
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--quick")) {
        quick = true;
      } else if (a.equals("--seed") && i + 1 < args.length) {
        seed = Long.parseLong(args[++i]);
      } else if (a.startsWith("--")
          && numberNames.contains(a.substring(2))
          && i + 1 < args.length) {
        int value = Integer.parseInt(args[++i]);
        if (value < 0) {
          throw new IllegalArgumentException(a + " must not be negative");
        }
        numbers.put(a.substring(2), value);
      } else {
        throw new IllegalArgumentException(
            "unknown option "
                + a
                + "; "
                + harness
                + " takes --quick, --seed N"
                + (numberNames.isEmpty()
                    ? ""
                    : ", --" + String.join(" N, --", numberNames) + " N"));
      }
    }
    return new Options(harness, quick, seed, numbers);
  }

  boolean quick() {
    return quick;
  }

  long seed() {
    return seed;
  }

  /** The option's value if given, else {@code full} or, with {@code --quick}, {@code quickly}. */
  int number(String name, int full, int quickly) {
    return numbers.getOrDefault(name, quick ? quickly : full);
  }

  /** The command that repeats this run, seed included: {@code bench/run X --quick --seed 7}. */
  String command() {
    StringBuilder b = new StringBuilder("bench/run ").append(harness);
    if (quick) {
      b.append(" --quick");
    }
    numbers.forEach((k, v) -> b.append(" --").append(k).append(' ').append(v));
    return b.append(" --seed ").append(seed).toString();
  }
}
