package dev.beacon.core.incident;

import dev.beacon.core.timeline.CapturedMessages;
import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.MessageEdited;
import dev.beacon.core.timeline.MessageReleased;
import java.time.Instant;
import java.util.Optional;

/**
 * The use cases that keep chat messages in the record: capturing one (someone pinned it), releasing
 * it (the pin was removed) and following its edits. They are allowed wherever a note is ({@link
 * Action#ADD_NOTE}).
 */
final class MessageCapture {

  private final IncidentTransactions transactions;
  private final InputChecks checks;

  MessageCapture(IncidentTransactions transactions, InputChecks checks) {
    this.transactions = transactions;
    this.checks = checks;
  }

  /** See {@link IncidentService#captureMessage}. */
  Incident captureMessage(IncidentId id, MessageCaptured message, Actor actor) {
    return transactions.change(
        id,
        Action.ADD_NOTE,
        (tx, incident, now) -> {
          // The text is checked here, after the status: a message pinned in an incident that
          // takes no more notes is refused for its status, whatever its text.
          tx.append(
              new MessageCaptured(
                  id,
                  now,
                  actor,
                  message.author(),
                  checks.text(message.content(), "message"),
                  message.attachments(),
                  message.sentAt(),
                  message.link()));
          return incident.touched(now);
        });
  }

  /** See {@link IncidentService#releaseMessage}. */
  Incident releaseMessage(IncidentId id, String link, Actor actor) {
    return transactions.change(
        id,
        Action.ADD_NOTE,
        (tx, incident, now) -> {
          tx.append(new MessageReleased(id, now, actor, link));
          return incident.touched(now);
        });
  }

  /** See {@link IncidentService#recordEdit}. */
  Optional<Incident> recordEdit(
      IncidentId id, String link, String content, Instant editedAt, Actor actor) {
    String text = checks.text(content, "message");
    return transactions.changeIf(
        id,
        Action.ADD_NOTE,
        timeline ->
            CapturedMessages.currentText(timeline, link)
                .filter(held -> !held.equals(text))
                .isPresent(),
        (tx, incident, now) -> {
          tx.append(new MessageEdited(id, now, actor, text, editedAt, link));
          return incident.touched(now);
        });
  }
}
