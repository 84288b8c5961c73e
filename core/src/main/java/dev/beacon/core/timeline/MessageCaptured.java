package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.List;

/**
 * A chat message was marked for the record (a pushpin reaction in the incident's channel).
 *
 * @param author who wrote the message (a person's id, or the chat name of someone unknown)
 * @param content its text
 * @param attachments the names of its attachments
 * @param sentAt when it was written
 * @param link a link back to it (the chat's jump link); identifies it
 */
public record MessageCaptured(
    IncidentId incident,
    Instant at,
    Actor actor,
    String author,
    String content,
    List<String> attachments,
    Instant sentAt,
    String link)
    implements TimelineEvent {

  /** Copies the attachment names. */
  public MessageCaptured {
    attachments = List.copyOf(attachments);
  }

  @Override
  public String describe() {
    return "captured message from "
        + author
        + " ("
        + sentAt
        + "): "
        + content
        + (attachments.isEmpty() ? "" : " [attachments: " + String.join(", ", attachments) + "]")
        + " "
        + link;
  }
}
