package dev.beacon.core.paging;

import java.time.Duration;
import java.util.Optional;

/** What happened when a page was sent: accepted, to be retried, or refused for good. */
public sealed interface PageOutcome {

  /** A short description for the timeline. */
  String describe();

  /**
   * The vendor accepted it.
   *
   * @param reference the vendor's id for it (request id, dedup key), or empty
   */
  record Accepted(String reference) implements PageOutcome {
    @Override
    public String describe() {
      return "accepted" + (reference.isEmpty() ? "" : " (" + reference + ")");
    }
  }

  /**
   * A temporary failure (rate limit, 5xx, timeout): try again later.
   *
   * @param reason what went wrong
   * @param retryAfter how long the vendor asked us to wait, if it said
   */
  record RetryLater(String reason, Optional<Duration> retryAfter) implements PageOutcome {
    @Override
    public String describe() {
      return "failed, will retry: " + reason;
    }
  }

  /**
   * A permanent refusal (e.g. 400: the request is invalid, or a missing secret): retrying the same
   * request cannot help; the next contact method is tried.
   *
   * @param reason what the vendor (or Beacon) said
   */
  record Rejected(String reason) implements PageOutcome {
    @Override
    public String describe() {
      return "rejected: " + reason;
    }
  }
}
