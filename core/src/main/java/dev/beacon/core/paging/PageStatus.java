package dev.beacon.core.paging;

import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.review.TimeFormat;
import java.time.Instant;

/**
 * One page of an incident and how its delivery stands, for {@code /incident pages}.
 *
 * @param message the page
 * @param delivery how sending it stands
 * @param sentAt when it was delivered, or null
 */
public record PageStatus(OutboxMessage message, DeliveryState delivery, Instant sentAt) {

  /** One line: {@code wei via pagerduty: delivered at ... (attempt 3)}. */
  public String describe() {
    String via = delivery.method().isEmpty() ? "" : " via " + delivery.method();
    return switch (delivery.status()) {
      case SENT ->
          message.recipient()
              + via
              + ": delivered at "
              + TimeFormat.utc(sentAt)
              + (delivery.attempts() > 1 ? " (attempt " + delivery.attempts() + ")" : "");
      case FAILED -> message.recipient() + ": not delivered; " + delivery.lastError();
      case CANCELLED ->
          message.recipient()
              + via
              + ": cancelled, not needed (the incident was acknowledged or resolved first)";
      case PENDING ->
          message.recipient()
              + via
              + ": pending"
              + (delivery.attempts() > 0
                  ? ", " + delivery.attempts() + " failed attempts, last: " + delivery.lastError()
                  : "")
              + (delivery.nextAttemptAt() == null
                  ? ""
                  : ", next try " + TimeFormat.utc(delivery.nextAttemptAt()));
    };
  }
}
