package dev.beacon.core.review;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminds owners of follow-up actions: the day before an action is due (and on the day), and once a
 * week while it is overdue, as notices through the outbox (so a reminder survives a crash and is
 * sent once: its key names the action and the occasion). Dates are judged in UTC. Runs from the
 * timer sweep, at most once an hour.
 */
public final class FollowUpReminders {

  /** How many recent incidents are looked through. */
  static final int HISTORY = 1000;

  private static final Duration EVERY = Duration.ofHours(1);

  private final IncidentStore store;
  private final Clock clock;
  private Instant last = Instant.MIN;

  /** Reminds from what {@code store} holds, at {@code clock}'s time. */
  public FollowUpReminders(IncidentStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Enqueues the reminders due now, unless this ran less than an hour ago.
   *
   * @return how many reminders were new
   */
  public synchronized int remind() {
    Instant now = clock.instant();
    if (now.isBefore(last.plus(EVERY))) {
      return 0;
    }
    last = now;
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Incident> recent = store.recent(HISTORY);
    List<OutboxMessage> reminders = new ArrayList<>();
    for (FollowUpItem item : FollowUpBoard.of(recent, store::timeline, today)) {
      if (item.doneAt().isPresent()
          || item.followUp().owner().isEmpty()
          || item.followUp().due().isEmpty()) {
        continue;
      }
      LocalDate due = item.followUp().due().get();
      String base = item.incident() + "/follow-up/" + item.number();
      if (!today.isBefore(due.minusDays(1)) && !today.isAfter(due)) {
        reminders.add(notice(item, base + "/due", "is due " + due, now));
      } else if (today.isAfter(due)) {
        String week =
            today.get(IsoFields.WEEK_BASED_YEAR)
                + "-W"
                + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        reminders.add(notice(item, base + "/overdue/" + week, "was due " + due + ": overdue", now));
      }
    }
    if (reminders.isEmpty()) {
      return 0;
    }
    return store.transact(tx -> (int) reminders.stream().filter(tx::enqueue).count());
  }

  private static OutboxMessage notice(FollowUpItem item, String key, String when, Instant now) {
    return new OutboxMessage(
        key,
        item.incident(),
        OutboxMessage.Kind.NOTICE,
        item.followUp().owner().orElseThrow(),
        "Reminder: follow-up #"
            + item.number()
            + " of "
            + item.incident()
            + " ("
            + item.title()
            + ") "
            + when
            + ": "
            + item.followUp().action()
            + ". Mark it done with /incident follow-up-done "
            + item.incident()
            + " "
            + item.number()
            + ".",
        now);
  }
}
