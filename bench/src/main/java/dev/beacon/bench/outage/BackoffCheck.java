package dev.beacon.bench.outage;

import dev.beacon.bench.outage.FlakyPagerDuty.Answer;
import dev.beacon.bench.outage.FlakyPagerDuty.Attempt;
import dev.beacon.core.paging.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the attempts one page made at the vendor against a {@link RetryPolicy}: after failed
 * attempt {@code n} the next must come no sooner than the policy's backoff for {@code n} less its
 * jitter, and never before a {@code Retry-After}; and no later than the backoff plus its jitter (or
 * the {@code Retry-After}) plus {@code slack}, except that the method's give-up horizon (its first
 * attempt plus {@code giveUpAfter}) brings the last retry forward.
 */
final class BackoffCheck {

  /**
   * One gap between consecutive attempts of a page.
   *
   * @param key the dedup key
   * @param failedAttempt the number (from 1) of the failed attempt the gap follows
   * @param after how that attempt was answered
   * @param gap the time to the next attempt
   * @param earliest the policy's earliest next attempt, as a gap
   * @param latest the policy's latest next attempt, as a gap (without slack)
   * @param retryAfter the {@code Retry-After} the failed attempt was given, or zero
   * @param untilHorizon from the failed attempt to the method's give-up horizon
   */
  record Gap(
      String key,
      int failedAttempt,
      Answer after,
      Duration gap,
      Duration earliest,
      Duration latest,
      Duration retryAfter,
      Duration untilHorizon) {

    boolean early() {
      return gap.compareTo(earliest) < 0;
    }

    boolean late(Duration slack) {
      return gap.compareTo(latest.plus(slack)) > 0;
    }

    boolean honoursRetryAfter() {
      return gap.compareTo(retryAfter) >= 0;
    }

    /** Whether the give-up horizon came before the {@code Retry-After} ran out. */
    boolean horizonBeforeRetryAfter() {
      return untilHorizon.compareTo(retryAfter) < 0;
    }

    /** {@code INC-3 after attempt 4 (429): 30.0 s, policy 30.0-30.0 s}. */
    String describe() {
      return String.format(
          Locale.ROOT,
          "%s after attempt %d (%s): %s, policy %s to %s",
          key,
          failedAttempt,
          after,
          seconds(gap),
          seconds(earliest),
          seconds(latest));
    }
  }

  private final RetryPolicy policy;

  BackoffCheck(RetryPolicy policy) {
    this.policy = policy;
  }

  /** The gaps between the attempts of one page, all through one contact method. */
  List<Gap> gaps(List<Attempt> attempts) {
    List<Gap> gaps = new ArrayList<>();
    if (attempts.isEmpty()) {
      return gaps;
    }
    Instant horizon = attempts.get(0).at().plus(policy.giveUpAfter());
    for (int i = 0; i + 1 < attempts.size(); i++) {
      Attempt failed = attempts.get(i);
      if (!failed.failed()) {
        continue; // an accepted page is not retried; a later event is another story
      }
      int n = i + 1;
      long capped =
          Math.min(policy.first().toMillis() << Math.min(30, n - 1), policy.max().toMillis());
      long spread = Math.round(capped * policy.jitter());
      Duration ra = failed.retryAfter().orElse(Duration.ZERO);
      Duration low = max(Duration.ofMillis(Math.max(1, capped - spread - 1)), ra);
      Duration high = max(Duration.ofMillis(capped + spread + 1), ra);
      Duration untilHorizon = Duration.between(failed.at(), horizon);
      gaps.add(
          new Gap(
              failed.dedupKey(),
              n,
              failed.answer(),
              Duration.between(failed.at(), attempts.get(i + 1).at()),
              min(low, untilHorizon),
              min(high, untilHorizon),
              ra,
              untilHorizon));
    }
    return gaps;
  }

  /** The most attempts of one page within any {@code window}. */
  static int densest(List<Attempt> attempts, Duration window) {
    int most = 0;
    for (int i = 0; i < attempts.size(); i++) {
      Instant end = attempts.get(i).at().plus(window);
      int count = 0;
      for (int j = i; j < attempts.size() && attempts.get(j).at().isBefore(end); j++) {
        count++;
      }
      most = Math.max(most, count);
    }
    return most;
  }

  /**
   * The most attempts the policy allows within {@code window} (every retry at its shortest): the
   * ceiling for "no attempt storm".
   */
  int allowedWithin(Duration window) {
    long elapsed = 0;
    int count = 1;
    for (int n = 1; ; n++) {
      long capped =
          Math.min(policy.first().toMillis() << Math.min(30, n - 1), policy.max().toMillis());
      elapsed += capped - Math.round(capped * policy.jitter());
      if (elapsed >= window.toMillis()) {
        return count;
      }
      count++;
    }
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
