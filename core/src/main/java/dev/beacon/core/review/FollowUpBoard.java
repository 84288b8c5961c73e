package dev.beacon.core.review;

import dev.beacon.core.incident.FollowUp;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.timeline.AlertFired;
import dev.beacon.core.timeline.FollowUpDone;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Follow-up actions across closed incidents: who owns what, what is overdue, and which actions
 * marked done were followed by the same trouble (the incident's service in a later incident, or one
 * of its alerts firing again) - a sign the action did not work. Drills count as incidents here only
 * for their own actions, never as recurrences.
 */
public final class FollowUpBoard {

  private FollowUpBoard() {}

  /**
   * The actions of {@code incidents}' reviews, open ones first (by due date), then done ones.
   *
   * @param timelines each incident's timeline
   * @param today the date against which due dates are judged (the caller's zone)
   */
  public static List<FollowUpItem> of(
      List<Incident> incidents,
      Function<IncidentId, List<TimelineEvent>> timelines,
      LocalDate today) {
    List<FollowUpItem> items = new ArrayList<>();
    for (Incident incident : incidents) {
      List<FollowUp> actions = incident.closingReview().map(r -> r.followUps()).orElse(List.of());
      if (actions.isEmpty()) {
        continue;
      }
      List<TimelineEvent> timeline = timelines.apply(incident.id());
      for (int n = 1; n <= actions.size(); n++) {
        int number = n;
        FollowUp action = actions.get(n - 1);
        Optional<Instant> done =
            timeline.stream()
                .filter(e -> e instanceof FollowUpDone d && d.number() == number)
                .map(TimelineEvent::at)
                .findFirst();
        boolean overdue = done.isEmpty() && action.due().map(today::isAfter).orElse(false);
        Optional<String> recurrence =
            done.flatMap(at -> recurrence(incident, timeline, at, incidents, timelines));
        items.add(
            new FollowUpItem(
                incident.id(), incident.title(), number, action, done, overdue, recurrence));
      }
    }
    items.sort(
        Comparator.comparing((FollowUpItem i) -> i.doneAt().isPresent())
            .thenComparing(i -> i.followUp().due().orElse(LocalDate.MAX))
            .thenComparing(FollowUpItem::incident)
            .thenComparingInt(FollowUpItem::number));
    return List.copyOf(items);
  }

  /** What recurred after {@code doneAt}: a later incident of the same service or alert. */
  private static Optional<String> recurrence(
      Incident incident,
      List<TimelineEvent> timeline,
      Instant doneAt,
      List<Incident> all,
      Function<IncidentId, List<TimelineEvent>> timelines) {
    Set<String> fingerprints =
        timeline.stream()
            .filter(AlertFired.class::isInstance)
            .map(e -> ((AlertFired) e).fingerprint())
            .collect(Collectors.toSet());
    for (Incident later : all) {
      if (later.id().equals(incident.id()) || later.drill()) {
        continue;
      }
      if (later.createdAt().isAfter(doneAt)) {
        Optional<String> shared =
            later.services().stream().filter(incident.services()::contains).findFirst();
        if (shared.isPresent()) {
          return Optional.of(shared.get() + " had " + later.id() + " afterwards");
        }
      }
      Optional<String> refired =
          timelines.apply(later.id()).stream()
              .filter(e -> e instanceof AlertFired f && fingerprints.contains(f.fingerprint()))
              .filter(e -> e.at().isAfter(doneAt))
              .map(e -> ((AlertFired) e).name())
              .findFirst();
      if (refired.isPresent()) {
        return Optional.of("alert " + refired.get() + " fired again in " + later.id());
      }
    }
    return Optional.empty();
  }
}
