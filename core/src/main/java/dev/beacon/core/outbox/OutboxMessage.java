package dev.beacon.core.outbox;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A side effect decided inside a transaction and sent after it commits: a page to a person or a
 * notice (reminder, handover summary) to a person or a channel. The key makes sending idempotent: a
 * message with a key already in the outbox is not added again, and receivers can use it to drop
 * duplicates.
 *
 * <p>Most messages concern an incident. Some concern none: an alert group that a rule pages or
 * posts about without declaring an incident, or the weekly digest. Those carry a {@link #topic}
 * instead, which ties together the messages about the same thing (an alert group's page and the
 * vendor updates that later resolve it).
 *
 * @param key unique, stable idempotency key, e.g. {@code INC-7/c0/L2/R0/jan}
 * @param incident the incident it concerns, if any
 * @param topic what it concerns when not an incident (e.g. {@code alert-page:3}); empty otherwise
 * @param kind page or notice
 * @param recipient a person id, {@link #CHANNEL} for the incident's channel, {@link #STAKEHOLDERS},
 *     or a channel by name ({@link #channelNamed})
 * @param text what the recipient reads
 * @param createdAt when it was decided
 */
public record OutboxMessage(
    String key,
    Optional<IncidentId> incident,
    String topic,
    Kind kind,
    String recipient,
    String text,
    Instant createdAt) {

  /** The recipient that means "the stakeholder channel of the incident's severity". */
  public static final String STAKEHOLDERS = "stakeholders";

  /** The recipient that means "the incident's channel". */
  public static final String CHANNEL = "channel";

  /** The recipient of {@link Kind#SYNC} messages: every vendor that paged for the incident. */
  public static final String VENDORS = "vendors";

  /** Checks that a message concerns an incident or has a topic. */
  public OutboxMessage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(incident, "incident");
    topic = topic == null ? "" : topic;
    if (incident.isEmpty() && topic.isEmpty()) {
      throw new IllegalArgumentException(key + ": a message needs an incident or a topic");
    }
  }

  /** A message about {@code incident}. */
  public OutboxMessage(
      String key,
      IncidentId incident,
      Kind kind,
      String recipient,
      String text,
      Instant createdAt) {
    this(key, Optional.of(incident), "", kind, recipient, text, createdAt);
  }

  /** A message about no incident, tied to others about the same {@code topic}. */
  public static OutboxMessage about(
      String topic, String key, Kind kind, String recipient, String text, Instant createdAt) {
    return new OutboxMessage(key, Optional.empty(), topic, kind, recipient, text, createdAt);
  }

  /**
   * The incident this message concerns.
   *
   * @throws IllegalStateException for a message about no incident
   */
  public IncidentId incidentId() {
    return incident.orElseThrow(
        () -> new IllegalStateException(key + " concerns no incident (topic " + topic + ")"));
  }

  /** The recipient that means the chat channel called {@code name}: {@code #name}. */
  public static String channelNamed(String name) {
    return "#" + name;
  }

  /** The channel's name when the recipient is a channel by name ({@link #channelNamed}). */
  public Optional<String> namedChannel() {
    return recipient.startsWith("#") && recipient.length() > 1
        ? Optional.of(recipient.substring(1))
        : Optional.empty();
  }

  /** What kind of message. */
  public enum Kind {
    /** Asks a person to acknowledge. */
    PAGE,
    /** Informs: reminders, summaries. */
    NOTICE,
    /**
     * Tells the paging vendors that already raised an alert for the incident (or topic) that it was
     * acknowledged or resolved; the text is the action ({@code acknowledge} or {@code resolve}) and
     * the recipient {@link #VENDORS}.
     */
    SYNC,
    /**
     * Opens the incident's room (its chat channel) with its summary; the text is {@code open}. Sent
     * through chat delivery, idempotently: a room that exists is left as it is.
     */
    ROOM
  }
}
