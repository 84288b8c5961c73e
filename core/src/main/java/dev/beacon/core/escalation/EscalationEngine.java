package dev.beacon.core.escalation;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Sla;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Status;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.EscalationExhausted;
import dev.beacon.core.timeline.HyperCareEnded;
import dev.beacon.core.timeline.HyperCareStarted;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.Paged;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.core.timeline.UpdateOverdue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides, purely from an incident, its timer state and the time, whom to page and when to look
 * again: escalation levels and repeats, hyper-care tightening, status-update cadence reminders and
 * re-pages of acknowledged but silent incidents. It reads no clock and writes nothing; the caller
 * commits the {@link Decision} in one transaction.
 */
public final class EscalationEngine {

  /** An acknowledged incident silent for this many update periods re-pages its commander. */
  public static final int SILENCE_PERIODS = 2;

  private final Function<Incident, EscalationPolicy> policies;
  private final Responders responders;
  private final HyperCareCalendar hyperCare;
  private final Catalog catalog;

  /** An engine over the given policies, responders, hyper-care windows and service levels. */
  public EscalationEngine(
      Function<Incident, EscalationPolicy> policies,
      Responders responders,
      HyperCareCalendar hyperCare,
      Catalog catalog) {
    this.policies = policies;
    this.responders = responders;
    this.hyperCare = hyperCare;
    this.catalog = catalog;
  }

  /** The hyper-care window in force for {@code incident} at {@code now}, for banners. */
  public Optional<HyperCareWindow> hyperCareFor(Incident incident, Instant now) {
    return hyperCare.activeFor(incident, now);
  }

  /** The next instant any hyper-care window starts or ends. */
  public Optional<Instant> nextHyperCareBoundary(Instant now) {
    return hyperCare.nextBoundaryAfter(now);
  }

  /** A newly declared (or reopened, with the next {@code cycle}) incident: page level 1. */
  public Decision start(Incident incident, int cycle, Instant now) {
    EscalationPolicy policy = policies.apply(incident);
    Optional<HyperCareWindow> window = hyperCare.activeFor(incident, now);
    EscalationState blank =
        new EscalationState(
            incident.id(), policy.id(), cycle, 0, 0, null, now, null, false, null, 0, "");
    Work w = new Work(incident, blank, now, Actor.BEACON);
    window.ifPresent(
        h -> {
          w.events.add(
              new HyperCareStarted(
                  incident.id(), now, Actor.BEACON, h.id(), h.endOfSpanAt(now).orElse(now)));
          w.s.hyperCare = h.id();
        });
    w.s.updateDueAt = cadence(incident, w).map(now::plus).orElse(null);
    pageLevel(w, policy, 0, 0, "declared");
    return w.decision();
  }

  /** Wakes an incident: handles whatever timers are due at {@code now}. */
  public Decision tick(EscalationState state, Incident incident, Instant now) {
    Work w = new Work(incident, state, now, Actor.BEACON);
    followHyperCare(w);
    EscalationPolicy policy = policies.apply(incident);
    if (w.s.escalateAt != null && !now.isBefore(w.s.escalateAt)) {
      if (incident.status() == Status.DECLARED) {
        Duration waited = timeout(policy, w.s.level, w);
        advance(
            w, policy, "level " + (w.s.level + 1) + " not acknowledged within " + human(waited));
      } else {
        w.s.escalateAt = null;
      }
    }
    if (w.s.updateDueAt != null && !now.isBefore(w.s.updateDueAt)) {
      remindOverdue(w);
    }
    if (w.s.repageAt != null && !now.isBefore(w.s.repageAt)) {
      repageSilent(w);
    }
    return w.decision();
  }

  /** {@code /incident escalate}: the next level is paged now, whatever the timer says. */
  public Decision escalateNow(EscalationState state, Incident incident, Actor actor, Instant now) {
    Work w = new Work(incident, state, now, actor);
    EscalationPolicy policy = policies.apply(incident);
    advance(w, policy, "escalated by " + actor, true);
    if (incident.status() != Status.DECLARED) {
      w.s.escalateAt = null;
    }
    return w.decision();
  }

  /** Someone acknowledged: escalation stops; silence is watched from now. */
  public EscalationState acknowledged(EscalationState state, Incident incident, Instant now) {
    EscalationState.Change c = state.change();
    c.escalateAt = null;
    c.repageAt = silenceLimit(incident, state).map(now::plus).orElse(null);
    return c.done();
  }

  /** A status update was posted: the cadence restarts and any overdue episode ends. */
  public EscalationState updatePosted(EscalationState state, Incident incident, Instant now) {
    EscalationState.Change c = state.change();
    c.lastUpdateAt = now;
    c.updateOverdue = false;
    c.updateDueAt = cadenceFor(incident, state).map(now::plus).orElse(null);
    if (incident.status() == Status.ACKNOWLEDGED) {
      c.repageAt = silenceLimit(incident, state).map(now::plus).orElse(null);
    }
    return c.done();
  }

  /** A responder spoke (a note): an acknowledged incident is not silent. */
  public EscalationState activity(EscalationState state, Incident incident, Instant now) {
    if (incident.status() != Status.ACKNOWLEDGED || state.repageAt() == null) {
      return state;
    }
    EscalationState.Change c = state.change();
    c.repageAt = silenceLimit(incident, state).map(now::plus).orElse(null);
    return c.done();
  }

  /**
   * The severity changed: the cadence follows the new severity's service levels, and if the new
   * severity pages every level at once while nobody has acknowledged, the levels not yet paged in
   * this round are paged now.
   */
  public Decision severityChanged(EscalationState state, Incident incident, Instant now) {
    Work w = new Work(incident, state, now, Actor.BEACON);
    if (w.s.updateDueAt != null && !w.s.updateOverdue) {
      w.s.updateDueAt = cadence(incident, w).map(state.lastUpdateAt()::plus).orElse(null);
    }
    EscalationPolicy policy = policies.apply(incident);
    int last = policy.levels().size() - 1;
    if (pagesAllAtOnce(policy, incident)
        && incident.status() == Status.DECLARED
        && w.s.escalateAt != null
        && w.s.level < last) {
      for (int l = w.s.level + 1; l <= last; l++) {
        pageOne(w, policy.level(l), l, w.s.round);
      }
      w.s.level = last;
      w.s.escalateAt = now.plus(timeout(policy, 0, w));
    }
    return w.decision();
  }

  /** Mitigated: no more paging; stakeholders still expect updates. */
  public EscalationState mitigated(EscalationState state) {
    EscalationState.Change c = state.change();
    c.escalateAt = null;
    c.repageAt = null;
    return c.done();
  }

  /** Resolved: every timer stops. */
  public EscalationState stopped(EscalationState state) {
    EscalationState.Change c = state.change();
    c.escalateAt = null;
    c.repageAt = null;
    c.updateDueAt = null;
    c.updateOverdue = false;
    return c.done();
  }

  private void followHyperCare(Work w) {
    Optional<HyperCareWindow> window = hyperCare.activeFor(w.incident, w.now);
    String id = window.map(HyperCareWindow::id).orElse("");
    if (id.equals(w.s.hyperCare) || !w.incident.status().isOpen()) {
      return;
    }
    if (!w.s.hyperCare.isEmpty()) {
      w.events.add(new HyperCareEnded(w.incident.id(), w.now, Actor.BEACON, w.s.hyperCare));
    }
    window.ifPresent(
        h ->
            w.events.add(
                new HyperCareStarted(
                    w.incident.id(),
                    w.now,
                    Actor.BEACON,
                    h.id(),
                    h.endOfSpanAt(w.now).orElse(w.now))));
    w.s.hyperCare = id;
    if (w.s.updateDueAt != null && !w.s.updateOverdue) {
      w.s.updateDueAt = cadence(w.incident, w).map(w.s.lastUpdateAt::plus).orElse(null);
    }
  }

  private void advance(Work w, EscalationPolicy policy, String reason) {
    advance(w, policy, reason, false);
  }

  /** Moves to the next level; {@code byHand} starts a new round even after the last repeat. */
  private void advance(Work w, EscalationPolicy policy, String reason, boolean byHand) {
    int from = w.s.level;
    int next = w.s.level + 1;
    int round = w.s.round;
    if (next >= policy.levels().size()) {
      if (round >= policy.repeat() && !byHand) {
        w.events.add(new EscalationExhausted(w.incident.id(), w.now, w.actor, round + 1));
        w.s.escalateAt = null;
        return;
      }
      round++;
      next = 0;
    }
    w.events.add(new Escalated(w.incident.id(), w.now, w.actor, from + 1, next + 1, round, reason));
    pageLevel(w, policy, next, round, reason);
  }

  private void pageLevel(Work w, EscalationPolicy policy, int level, int round, String reason) {
    boolean all = pagesAllAtOnce(policy, w.incident);
    int last = all ? policy.levels().size() - 1 : level;
    for (int l = all ? 0 : level; l <= last; l++) {
      pageOne(w, policy.level(l), l, round);
    }
    // After paging every level at once, the round's last level has been reached.
    w.s.level = last;
    w.s.round = round;
    w.s.escalateAt = w.now.plus(timeout(policy, all ? 0 : level, w));
  }

  private void pageOne(Work w, EscalationLevel level, int index, int round) {
    boolean both = !w.s.hyperCare.isEmpty();
    List<Recipient> recipients = responders.resolve(level.target(), w.incident, w.now, both);
    if (recipients.isEmpty()) {
      w.events.add(
          new NoteAdded(
              w.incident.id(),
              w.now,
              Actor.BEACON,
              "level " + (index + 1) + " (" + level.target() + "): nobody to page"));
      return;
    }
    for (Recipient r : recipients) {
      String why = "level " + (index + 1) + " (" + level.target() + "): " + r.why();
      w.events.add(new Paged(w.incident.id(), w.now, w.actor, r.person(), index + 1, round, why));
      w.page(
          w.incident.id() + "/c" + w.s.cycle + "/L" + (index + 1) + "/R" + round + "/" + r.person(),
          r.person(),
          "Page: "
              + w.incident.id()
              + " "
              + w.incident.severity()
              + " "
              + w.incident.title()
              + " ("
              + why
              + "). Acknowledge: /incident ack "
              + w.incident.id());
    }
  }

  private void remindOverdue(Work w) {
    Duration period = cadence(w.incident, w).orElse(null);
    if (period == null || !w.incident.status().isOpen()) {
      w.s.updateDueAt = null;
      return;
    }
    if (!w.s.updateOverdue) {
      w.events.add(new UpdateOverdue(w.incident.id(), w.now, Actor.BEACON, w.s.updateDueAt));
      w.s.updateOverdue = true;
    }
    String text =
        "Reminder: "
            + w.incident.id()
            + " "
            + w.incident.title()
            + " has had no status update since "
            + w.s.lastUpdateAt
            + " ("
            + w.incident.severity()
            + " expects one every "
            + human(period)
            + "). Post one: /incident update "
            + w.incident.id()
            + " status:\"...\"";
    String key = w.incident.id() + "/overdue/" + w.s.updateDueAt.toEpochMilli();
    w.notice(key + "/channel", OutboxMessage.CHANNEL, text);
    w.incident.holder(Role.COMMANDER).ifPresent(c -> w.notice(key + "/" + c.id(), c.id(), text));
    w.s.updateDueAt = w.now.plus(period);
  }

  private void repageSilent(Work w) {
    Optional<Duration> limit = silenceLimit(w.incident, w.s.done());
    Optional<String> commander = w.incident.holder(Role.COMMANDER).map(Actor::id);
    if (w.incident.status() != Status.ACKNOWLEDGED || limit.isEmpty() || commander.isEmpty()) {
      w.s.repageAt = null;
      return;
    }
    w.s.repages++;
    String why = "acknowledged but silent for " + human(limit.get());
    w.events.add(
        new Paged(
            w.incident.id(), w.now, Actor.BEACON, commander.get(), w.s.level + 1, w.s.round, why));
    w.page(
        w.incident.id() + "/c" + w.s.cycle + "/silence" + w.s.repages + "/" + commander.get(),
        commander.get(),
        "Page: "
            + w.incident.id()
            + " "
            + w.incident.title()
            + " is "
            + why
            + ". Post an update: /incident update "
            + w.incident.id()
            + " status:\"...\"");
    w.s.repageAt = w.now.plus(limit.get());
  }

  private boolean pagesAllAtOnce(EscalationPolicy policy, Incident incident) {
    return policy.pageAllAtOnceFor().contains(incident.severity());
  }

  private Duration timeout(EscalationPolicy policy, int level, Work w) {
    return scaled(policy.level(level).timeout(), w.s.hyperCare);
  }

  private Optional<Duration> cadence(Incident incident, Work w) {
    return cadenceFor(incident, w.s.done());
  }

  private Optional<Duration> cadenceFor(Incident incident, EscalationState state) {
    return catalog
        .sla(incident.severity())
        .map(Sla::updateEvery)
        .map(d -> scaled(d, state.hyperCare()));
  }

  private Optional<Duration> silenceLimit(Incident incident, EscalationState state) {
    return cadenceFor(incident, state).map(d -> d.multipliedBy(SILENCE_PERIODS));
  }

  private Duration scaled(Duration d, String window) {
    if (window.isEmpty()) {
      return d;
    }
    double factor =
        hyperCare.windows().stream()
            .filter(h -> h.id().equals(window))
            .mapToDouble(HyperCareWindow::factor)
            .findFirst()
            .orElse(1.0);
    return Duration.ofMillis(Math.max(1000, Math.round(d.toMillis() * factor)));
  }

  /** {@code 5m}, {@code 90s}, {@code 2h}, {@code 1h30m}. */
  static String human(Duration d) {
    long s = d.toSeconds();
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s % 60 == 0) {
      return s >= 3600 ? s / 3600 + "h" + (s % 3600) / 60 + "m" : s / 60 + "m";
    }
    return s + "s";
  }

  /** One decision in progress. */
  private static final class Work {
    final Incident incident;
    final EscalationState.Change s;
    final Instant now;
    final Actor actor;
    final List<TimelineEvent> events = new ArrayList<>();
    final List<OutboxMessage> messages = new ArrayList<>();

    Work(Incident incident, EscalationState state, Instant now, Actor actor) {
      this.incident = incident;
      this.s = state.change();
      this.now = now;
      this.actor = actor;
    }

    void page(String key, String person, String text) {
      messages.add(
          new OutboxMessage(key, incident.id(), OutboxMessage.Kind.PAGE, person, text, now));
    }

    void notice(String key, String recipient, String text) {
      messages.add(
          new OutboxMessage(key, incident.id(), OutboxMessage.Kind.NOTICE, recipient, text, now));
    }

    Decision decision() {
      return new Decision(s.done(), events, messages);
    }
  }
}
