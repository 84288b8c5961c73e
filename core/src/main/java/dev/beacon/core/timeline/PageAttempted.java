package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;

/**
 * One attempt to deliver a page (or a vendor update) through one contact method, and its result.
 *
 * @param person who was paged (empty for vendor updates)
 * @param method the contact method: pagerduty, opsgenie, webhook, chat
 * @param attempt the attempt number with this method, from 1
 * @param result {@code accepted}, {@code retry} or {@code rejected}
 * @param detail what the vendor said, or what went wrong
 */
public record PageAttempted(
    IncidentId incident,
    Instant at,
    Actor actor,
    String person,
    String method,
    int attempt,
    String result,
    String detail)
    implements TimelineEvent {

  @Override
  public String describe() {
    return (person.isEmpty() ? "update" : "page to " + person)
        + " via "
        + method
        + " (attempt "
        + attempt
        + "): "
        + result
        + (detail.isEmpty() ? "" : " — " + detail);
  }
}
