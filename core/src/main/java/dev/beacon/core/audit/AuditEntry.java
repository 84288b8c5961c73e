package dev.beacon.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited action.
 *
 * @param at when it happened
 * @param actor who tried it: a person's handle, or the chat platform's id for people Beacon does
 *     not know ({@code discord:1234})
 * @param action what they tried: {@code /incident close INC-4}
 * @param outcome {@code refused} (or another short word for later kinds of entries)
 * @param reason why, in the words the user was shown
 */
public record AuditEntry(Instant at, String actor, String action, String outcome, String reason) {

  /** Requires every part. */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  /** A refused action. */
  public static AuditEntry refused(Instant at, String actor, String action, String reason) {
    return new AuditEntry(at, actor, action, "refused", reason);
  }
}
