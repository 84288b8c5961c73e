package dev.beacon.core.alerts;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.IncidentUnit;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.timeline.AlertFired;
import dev.beacon.core.timeline.AlertResolved;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns alert batches into incidents, in one store transaction per batch: a group's alerts join its
 * open incident (each change of an alert's state goes into the timeline; when all have resolved the
 * incident is marked mitigated), a group firing again soon after its incident was resolved reopens
 * it (a recurrence), and a new group declares an incident, which pages the owning team's on-call
 * through the usual escalation, unless a rule says to page the on-call or post to a channel without
 * an incident ({@link AlertNotices}). Beyond the per-source rate or the cap on new incidents per
 * minute, new groups fold into one storm incident per source. Every alert received is logged with
 * what became of it.
 */
public final class AlertService implements AlertIntake {

  /** The group key under which a source's storm incident is kept. */
  static final String STORM_KEY = "beacon:storm";

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final IncidentService incidents;
  private final AlertPolicy policy;
  private final AlertTexts texts;
  private final OnCallLookup onCall;

  /**
   * Acts on alerts through {@code incidents} by {@code policy}; page-only rules page whom {@code
   * onCall} names.
   */
  public AlertService(IncidentService incidents, AlertPolicy policy, OnCallLookup onCall) {
    this.incidents = incidents;
    this.policy = policy;
    this.texts = new AlertTexts(policy, incidents.catalog());
    this.onCall = onCall;
  }

  @Override
  public IntakeReceipt accept(AlertBatch batch) {
    try {
      return incidents.inOneTransaction(unit -> new Batch(unit, batch).run());
    } catch (StoreException e) {
      throw new IntakeUnavailable("the store could not take the alerts: " + e.getMessage(), e);
    }
  }

  /** One batch's work inside its transaction. */
  private final class Batch {
    private final IncidentUnit unit;
    private final AlertBatch batch;
    private final AlertRecords records;
    private final Actor actor;
    private final Instant now;

    Batch(IncidentUnit unit, AlertBatch batch) {
      this.unit = unit;
      this.batch = batch;
      this.records = unit.store().alerts();
      this.actor = Actor.system(batch.source());
      this.now = unit.now();
    }

    IntakeReceipt run() {
      Optional<Incident> fed =
          records
              .group(batch.source(), batch.groupKey())
              .flatMap(g -> unit.store().find(g.incident()));
      boolean firing = batch.alerts().stream().anyMatch(Alert::firing);
      if (fed.isPresent() && fed.get().status().isOpen()) {
        return join(fed.get(), "grouped");
      }
      if (fed.isPresent() && firing && recentlyResolved(fed.get())) {
        Incident reopened =
            unit.reopen(
                fed.get().id(),
                "alert group fired again within "
                    + policy.refireWindow().toMinutes()
                    + " min of being resolved: a recurrence",
                actor);
        return join(reopened, "reopened", true);
      }
      Optional<AlertNotice> notice = records.notice(batch.source(), batch.groupKey());
      AlertNotices notices = new AlertNotices(unit, batch, policy, texts, onCall, this::logAll);
      if (notice.isPresent() && !notice.get().resolved()) {
        return notices.follow(notice.get());
      }
      if (!firing) {
        logAll(Optional.empty(), "logged");
        return new IntakeReceipt(batch.alerts().size(), List.of(), "logged");
      }
      if (stormy()) {
        return join(stormIncident(), "storm");
      }
      AlertRoute route = notices.route();
      if (route.action() != AlertAction.INCIDENT) {
        Optional<IntakeReceipt> handled = notices.start(route, notice);
        if (handled.isPresent()) {
          return handled.get();
        }
        // Nobody on call to page: an incident pages through the escalation policy instead.
      }
      return declare();
    }

    private boolean recentlyResolved(Incident incident) {
      if (incident.status() != Status.RESOLVED) {
        return false;
      }
      Instant resolvedAt =
          incidents.timeline(incident.id()).stream()
              .filter(Resolved.class::isInstance)
              .map(TimelineEvent::at)
              .reduce((a, b) -> b)
              .orElse(incident.updatedAt());
      return !resolvedAt.plus(policy.refireWindow()).isBefore(now);
    }

    /** Over the source's rate, or over the cap of new incidents per minute. */
    private boolean stormy() {
      Instant since = now.minus(MINUTE);
      return records.receivedSince(batch.source(), since) + batch.alerts().size()
              > policy.perSourcePerMinute()
          || records.incidentsOpenedSince(batch.source(), since) >= policy.newIncidentsPerMinute();
    }

    private IntakeReceipt declare() {
      List<Alert> firing = batch.alerts().stream().filter(Alert::firing).toList();
      Severity severity =
          firing.stream()
              .map(policy::severityOf)
              .min(Comparator.naturalOrder())
              .orElse(policy.defaultSeverity());
      Incident incident =
          unit.declare(
              new Declaration(
                  texts.title(firing),
                  texts.description(batch),
                  severity,
                  texts.services(firing),
                  "",
                  false,
                  false),
              actor);
      records.saveGroup(
          new AlertGroup(batch.source(), batch.groupKey(), incident.id(), now, false));
      return join(incident, "incident");
    }

    /** The source's open storm incident, declared if there is none; the group now feeds it. */
    private Incident stormIncident() {
      Optional<Incident> open =
          records
              .group(batch.source(), STORM_KEY)
              .flatMap(g -> unit.store().find(g.incident()))
              .filter(i -> i.status().isOpen());
      Incident storm =
          open.orElseGet(
              () -> {
                Incident declared =
                    unit.declare(
                        new Declaration(
                            "Alert storm from " + batch.source(),
                            "More alerts than Beacon opens incidents for ("
                                + policy.newIncidentsPerMinute()
                                + " new incidents or "
                                + policy.perSourcePerMinute()
                                + " alerts a minute from "
                                + batch.source()
                                + "): new alert groups are folded into this incident until it"
                                + " is resolved. Each alert is in the timeline.",
                            Severity.SEV2,
                            List.of(),
                            "",
                            false,
                            false),
                        actor);
                records.saveGroup(
                    new AlertGroup(batch.source(), STORM_KEY, declared.id(), now, true));
                return declared;
              });
      records.saveGroup(new AlertGroup(batch.source(), batch.groupKey(), storm.id(), now, true));
      return storm;
    }

    private IntakeReceipt join(Incident incident, String outcome) {
      return join(incident, outcome, false);
    }

    /**
     * Records each alert's change of state in {@code incident}; mitigates when all resolved. After
     * a reopening ({@code afresh}) the states known before the resolve count for nothing: every
     * firing alert fires again.
     */
    private IntakeReceipt join(Incident incident, String outcome, boolean afresh) {
      Map<String, AlertStatus> states =
          new java.util.HashMap<>(
              afresh
                  ? Map.of()
                  : records.states(
                      incident.id(),
                      batch.alerts().stream().map(Alert::fingerprint).distinct().toList()));
      for (Alert alert : batch.alerts()) {
        AlertStatus before = states.get(alert.fingerprint());
        String disposition = outcome;
        if (alert.firing() && before != AlertStatus.FIRING) {
          unit.record(
              new AlertFired(
                  incident.id(),
                  now,
                  actor,
                  alert.fingerprint(),
                  texts.line(alert.name()),
                  texts.line(alert.summary()),
                  alert.startsAt(),
                  texts.line(alert.generatorUrl())));
        } else if (!alert.firing() && before == AlertStatus.FIRING) {
          unit.record(
              new AlertResolved(
                  incident.id(),
                  now,
                  actor,
                  alert.fingerprint(),
                  texts.line(alert.name()),
                  alert.endsAt().orElse(now)));
        } else {
          disposition = "repeat";
        }
        states.put(alert.fingerprint(), alert.status());
        records.saveState(incident.id(), alert.fingerprint(), alert.status(), now);
        log(alert, Optional.of(incident.id()), disposition);
      }
      if (batch.truncated() > 0) {
        unit.record(
            new NoteAdded(
                incident.id(),
                now,
                actor,
                batch.source()
                    + " left out "
                    + batch.truncated()
                    + " more alerts of this group (its max_alerts limit): check the sender"
                    + " for the full list."));
      }
      Incident current = unit.store().find(incident.id()).orElseThrow();
      if (policy.mitigateWhenResolved()
          && !states.isEmpty()
          && (afresh
              ? states.values().stream().allMatch(s -> s == AlertStatus.RESOLVED)
              : records.firingCount(incident.id()) == 0)
          && (current.status() == Status.DECLARED || current.status() == Status.ACKNOWLEDGED)) {
        unit.mitigate(current.id(), "all alerts of the group have resolved", actor);
      }
      return new IntakeReceipt(batch.alerts().size(), List.of(incident.id()), outcome);
    }

    private void logAll(Optional<IncidentId> incident, String disposition) {
      for (Alert alert : batch.alerts()) {
        log(alert, incident, disposition);
      }
    }

    private void log(Alert alert, Optional<IncidentId> incident, String disposition) {
      records.log(
          new AlertLogEntry(
              now,
              batch.source(),
              batch.groupKey(),
              alert.fingerprint(),
              alert.status(),
              texts.line(alert.name()),
              incident,
              disposition));
    }
  }
}
