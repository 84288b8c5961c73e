package dev.beacon.core.metrics;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.AlertFired;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.HandedOver;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.core.timeline.TimelineReplay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes an incident's timeline by hand, each event so many minutes after its declaration. */
final class History {

  static final String RECURRENCE =
      "alert group fired again within 60 min of being resolved: a recurrence";

  private static final Actor RESPONDER = Actor.person("alice");
  private static final Actor ALERTS = Actor.system("alertmanager");

  private final IncidentId id;
  private final Instant declaredAt;
  private final List<String> services;
  private final List<TimelineEvent> events = new ArrayList<>();
  private final boolean drill;
  private String site;
  private int escalations;

  private History(
      long number,
      String declaredAt,
      Severity severity,
      String site,
      boolean drill,
      List<String> services) {
    this.id = new IncidentId(number);
    this.declaredAt = Instant.parse(declaredAt);
    this.site = site;
    this.drill = drill;
    this.services = services;
    events.add(
        new Declared(
            id,
            this.declaredAt,
            RESPONDER,
            "INC " + number,
            severity,
            services,
            site,
            false,
            drill));
  }

  /** An incident declared at the ISO instant {@code at}. */
  static History declared(
      long number, String at, Severity severity, String site, String... services) {
    return new History(number, at, severity, site, false, List.of(services));
  }

  /** A drill declared at the ISO instant {@code at}. */
  static History drill(long number, String at, Severity severity, String site, String... services) {
    return new History(number, at, severity, site, true, List.of(services));
  }

  History fired(int minutes, String fingerprint) {
    return add(
        new AlertFired(id, at(minutes), ALERTS, fingerprint, fingerprint, "", at(minutes), ""));
  }

  History ack(int minutes) {
    return add(new Acknowledged(id, at(minutes), RESPONDER));
  }

  History update(int minutes) {
    return add(new StatusPosted(id, at(minutes), RESPONDER, "investigating", "", ""));
  }

  History mitigate(int minutes) {
    return add(new Mitigated(id, at(minutes), RESPONDER, ""));
  }

  /** Mitigated by Beacon because every alert of the incident cleared. */
  History alertsCleared(int minutes) {
    return add(new Mitigated(id, at(minutes), ALERTS, "all alerts resolved"));
  }

  History resolve(int minutes) {
    return add(new Resolved(id, at(minutes), RESPONDER, ""));
  }

  History reopenedByAlert(int minutes) {
    return add(new Reopened(id, at(minutes), ALERTS, RECURRENCE));
  }

  History reopenedByHand(int minutes) {
    return add(new Reopened(id, at(minutes), RESPONDER, "the fix did not hold"));
  }

  History escalate(int minutes) {
    escalations++;
    return add(
        new Escalated(id, at(minutes), Actor.BEACON, escalations, escalations + 1, 0, "timeout"));
  }

  History severity(int minutes, Severity from, Severity to) {
    return add(new SeverityChanged(id, at(minutes), RESPONDER, from, to, ""));
  }

  History handOver(int minutes, String toSite) {
    add(new HandedOver(id, at(minutes), Actor.BEACON, "payments", site, toSite, "wei"));
    site = toSite;
    return this;
  }

  IncidentHistory build() {
    List<TimelineEvent> timeline =
        events.stream().sorted(Comparator.comparing(TimelineEvent::at)).toList();
    TimelineReplay replay = TimelineReplay.of(timeline).orElseThrow();
    Instant last = timeline.get(timeline.size() - 1).at();
    Incident incident =
        new Incident(
            id,
            "INC " + id.number(),
            "",
            replay.severity(),
            replay.status(),
            services,
            site,
            Map.of(),
            false,
            drill,
            declaredAt,
            last,
            null);
    return new IncidentHistory(incident, timeline);
  }

  private Instant at(int minutes) {
    return declaredAt.plus(Duration.ofMinutes(minutes));
  }

  private History add(TimelineEvent event) {
    events.add(event);
    return this;
  }
}
