package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * A captured message was edited in the chat after it was captured: the record keeps the original
 * ({@link MessageCaptured}) and this, its new text.
 *
 * @param actor who edited it (the message's author)
 * @param content its text after the edit
 * @param editedAt when it was edited, by the chat's clock
 * @param link the captured message's link
 */
public record MessageEdited(
    IncidentId incident, Instant at, Actor actor, String content, Instant editedAt, String link)
    implements TimelineEvent {

  @Override
  public String describe() {
    return "captured message edited (" + editedAt + "): " + content + " " + link;
  }
}
