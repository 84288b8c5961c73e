package dev.beacon.core.handover;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.review.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The texts of a handover: the summary for the new on-call, the notice for a channel. */
final class HandoverSummary {

  private HandoverSummary() {}

  /**
   * The summary for {@code person}, one line per incident, times in UTC and the new site's zone.
   *
   * @param states each incident's timer state, in the same order (empty when it has none)
   */
  static String summary(
      String team,
      String fromName,
      String toName,
      String person,
      ZoneId zone,
      List<Incident> incidents,
      List<Optional<EscalationState>> states) {
    StringBuilder text = new StringBuilder();
    text.append("Shift handover for team ")
        .append(team)
        .append(": ")
        .append(fromName)
        .append(" -> ")
        .append(toName)
        .append(". You (")
        .append(person)
        .append(") are on call now; ")
        .append(incidents.size())
        .append(incidents.size() == 1 ? " open incident:" : " open incidents:");
    for (int i = 0; i < incidents.size(); i++) {
      Incident incident = incidents.get(i);
      Optional<EscalationState> state = states.get(i);
      text.append("\n- ")
          .append(incident.id())
          .append(" ")
          .append(incident.title())
          .append(" | ")
          .append(incident.severity())
          .append(" | ")
          .append(incident.status().label())
          .append(" | last update: ")
          .append(
              state
                  .map(EscalationState::lastUpdateAt)
                  .map(at -> TimeFormat.utcAndLocal(at, zone))
                  .orElse("none"))
          .append(" | next due: ")
          .append(nextDue(state).map(at -> TimeFormat.utcAndLocal(at, zone)).orElse("nothing due"));
    }
    return text.toString();
  }

  /** The notice for an incident's channel. */
  static String channelNotice(String fromName, String toName, String person) {
    return "Handed over from " + fromName + " to " + toName + ": " + person + " is on call now";
  }

  /** The earliest of the escalation timeout and the next update, if either runs. */
  static Optional<Instant> nextDue(Optional<EscalationState> state) {
    return state.flatMap(
        s ->
            Stream.of(s.escalateAt(), s.updateDueAt())
                .filter(Objects::nonNull)
                .min(Instant::compareTo));
  }
}
