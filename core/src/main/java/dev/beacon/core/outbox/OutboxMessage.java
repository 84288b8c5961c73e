package dev.beacon.core.outbox;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A side effect decided inside a transaction and sent after it commits: a page to a person or a
 * notice (reminder, handover summary) to a person or an incident's channel. The key makes sending
 * idempotent: a message with a key already in the outbox is not added again, and receivers can use
 * it to drop duplicates.
 *
 * @param key unique, stable idempotency key, e.g. {@code INC-7/c0/L2/R0/jan}
 * @param incident the incident it concerns
 * @param kind page or notice
 * @param recipient a person id, or {@link #CHANNEL} for the incident's channel
 * @param text what the recipient reads
 * @param createdAt when it was decided
 */
public record OutboxMessage(
    String key, IncidentId incident, Kind kind, String recipient, String text, Instant createdAt) {

  /** The recipient that means "the stakeholder channel of the incident's severity". */
  public static final String STAKEHOLDERS = "stakeholders";

  /** The recipient that means "the incident's channel". */
  public static final String CHANNEL = "channel";

  /** What kind of message. */
  public enum Kind {
    /** Asks a person to acknowledge. */
    PAGE,
    /** Informs: reminders, summaries. */
    NOTICE,
    /**
     * Tells the paging vendors that already raised an alert for the incident that it was
     * acknowledged or resolved in Beacon; the text is the action ({@code acknowledge} or {@code
     * resolve}) and the recipient {@link #VENDORS}.
     */
    SYNC,
    /**
     * Opens the incident's room (its chat channel) with its summary; the text is {@code open}. Sent
     * through chat delivery, idempotently: a room that exists is left as it is.
     */
    ROOM
  }

  /** The recipient of {@link Kind#SYNC} messages: every vendor that paged for the incident. */
  public static final String VENDORS = "vendors";
}
