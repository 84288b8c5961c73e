package dev.beacon.core.timeline;

import dev.beacon.core.incident.Actor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who takes part in an incident, derived from its timeline: the people who declared it,
 * acknowledged it, hold or held a role, were paged, joined, or wrote notes or status updates.
 * Beacon and its integrations are not people and never take part. Joining is idempotent by this
 * list, and it says who should see a private incident's channel.
 */
public final class Participants {

  private Participants() {}

  /** The participants' person ids, each once, in the order they first appear in {@code events}. */
  public static List<String> of(List<TimelineEvent> events) {
    Set<String> people = new LinkedHashSet<>();
    for (TimelineEvent e : events) {
      if (e instanceof Declared
          || e instanceof Acknowledged
          || e instanceof Joined
          || e instanceof NoteAdded
          || e instanceof StatusPosted) {
        add(people, e.actor().id());
      } else if (e instanceof RoleAssigned r) {
        add(people, r.assignee().id());
        add(people, r.previous());
      } else if (e instanceof Paged p) {
        add(people, p.person());
      }
    }
    return List.copyOf(people);
  }

  /** True if {@code person} takes part according to {@code events}. */
  public static boolean includes(List<TimelineEvent> events, String person) {
    return of(events).contains(person);
  }

  private static void add(Set<String> people, String id) {
    if (!id.isEmpty() && !new Actor(id).isSystem()) {
      people.add(id);
    }
  }
}
