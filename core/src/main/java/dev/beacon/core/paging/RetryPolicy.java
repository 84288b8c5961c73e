package dev.beacon.core.paging;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before trying a failed page again: exponential backoff from {@code first},
 * doubling up to {@code max}, spread by up to {@code jitter} either way so that many retries do not
 * arrive together; a vendor's {@code Retry-After} is a floor. After {@code giveUpAfter} on one
 * contact method, the next method is tried.
 *
 * @param first the first delay
 * @param max the longest delay
 * @param jitter the spread, 0 to 1 (0.2: +-20%)
 * @param giveUpAfter how long one contact method is retried before falling through to the next
 */
public record RetryPolicy(Duration first, Duration max, double jitter, Duration giveUpAfter) {

  /**
   * 1 s doubling to 1 min, +-20%, fall through after 15 min: a vendor outage of ten minutes still
   * delivers the page within about a minute of recovery (the escalation policy's own timers page
   * the next level meanwhile).
   */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0.2, Duration.ofMinutes(15));

  /**
   * The wait after failed attempt number {@code attempt} (1 for the first failure).
   *
   * @param random a number in [0, 1) for the jitter (injected, so tests are exact)
   */
  public Duration delay(int attempt, Optional<Duration> retryAfter, double random) {
    long base = first.toMillis() << Math.min(30, Math.max(0, attempt - 1));
    long capped = Math.min(base, max.toMillis());
    long spread = Math.round(capped * jitter * (2 * random - 1));
    Duration backoff = Duration.ofMillis(Math.max(1, capped + spread));
    return retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff);
  }
}
