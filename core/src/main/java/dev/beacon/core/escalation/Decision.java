package dev.beacon.core.escalation;

import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.List;

/**
 * What the escalation engine decided: the new timer state, the timeline events to append and the
 * messages to put in the outbox, all to be committed in one transaction.
 *
 * @param state the new state
 * @param events timeline events, in order
 * @param messages outbox messages, in order
 */
public record Decision(
    EscalationState state, List<TimelineEvent> events, List<OutboxMessage> messages) {

  /** Copies the lists. */
  public Decision {
    events = List.copyOf(events);
    messages = List.copyOf(messages);
  }
}
