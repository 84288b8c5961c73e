package dev.beacon.core.alerts;

import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentUnit;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One batch's work for an alert group that a rule pages or posts about without an incident, inside
 * the batch's transaction: the group's notice is saved and its page or post goes into the outbox in
 * the same commit, so a 2xx to the sender means the page will be sent. A page goes to the owning
 * team's on-call person through their contact methods, under a dedup key per cycle; when every
 * alert of the group has resolved, the vendors that raised it hear "resolve" (a post says
 * RESOLVED); when it fires again afterwards, a new cycle pages afresh.
 */
final class AlertNotices {

  private final IncidentUnit unit;
  private final AlertBatch batch;
  private final AlertPolicy policy;
  private final AlertTexts texts;
  private final OnCallLookup onCall;
  private final BiConsumer<Optional<IncidentId>, String> log;
  private final AlertRecords records;
  private final Instant now;

  AlertNotices(
      IncidentUnit unit,
      AlertBatch batch,
      AlertPolicy policy,
      AlertTexts texts,
      OnCallLookup onCall,
      BiConsumer<Optional<IncidentId>, String> log) {
    this.unit = unit;
    this.log = log;
    this.batch = batch;
    this.policy = policy;
    this.texts = texts;
    this.onCall = onCall;
    this.records = unit.store().alerts();
    this.now = unit.now();
  }

  /** What a rule says to do with the batch's firing alerts, were they a new group. */
  AlertRoute route() {
    List<Alert> firing = firing();
    Optional<String> service =
        firing.stream().map(policy::serviceOf).filter(s -> !s.isEmpty()).findFirst();
    return policy.rules().apply(service, severity(firing));
  }

  /**
   * Starts a notice (or its next cycle) for {@code route}; empty when nobody is on call to page, so
   * the caller declares an incident instead and nothing is lost.
   */
  Optional<IntakeReceipt> start(AlertRoute route, Optional<AlertNotice> earlier) {
    List<Alert> firing = firing();
    List<String> services = texts.services(firing);
    String target;
    if (route.action() == AlertAction.PAGE) {
      Optional<String> person = onCall.onCall(services, now);
      if (person.isEmpty()) {
        return Optional.empty();
      }
      target = person.get();
    } else {
      target = route.channel();
    }
    Set<String> fingerprints = new LinkedHashSet<>();
    firing.forEach(a -> fingerprints.add(a.fingerprint()));
    Severity severity = severity(firing);
    String title = texts.title(firing);
    AlertNotice notice =
        records.saveNotice(
            new AlertNotice(
                earlier.map(AlertNotice::id).orElse(0L),
                batch.source(),
                batch.groupKey(),
                route.action(),
                target,
                severity,
                title,
                summary(severity, title, firing.size()),
                services,
                texts.links(firing),
                fingerprints,
                earlier.map(n -> n.cycle() + 1).orElse(0),
                earlier.map(AlertNotice::openedAt).orElse(now),
                now));
    String cycleKey = notice.topic() + "/c" + notice.cycle();
    if (route.action() == AlertAction.PAGE) {
      unit.store()
          .enqueue(
              OutboxMessage.about(
                  notice.topic(),
                  cycleKey + "/page/" + target,
                  OutboxMessage.Kind.PAGE,
                  target,
                  notice.summary(),
                  now));
    } else {
      post(notice, cycleKey + "/firing", "FIRING", firing);
    }
    logAll(route.action().word());
    return Optional.of(receipt(route.action()));
  }

  /** Follows an open notice's alerts: new ones firing, and the resolve when all have. */
  IntakeReceipt follow(AlertNotice notice) {
    Set<String> stillFiring = new LinkedHashSet<>(notice.firing());
    List<Alert> newlyFiring =
        batch.alerts().stream()
            .filter(a -> a.firing() && !notice.firing().contains(a.fingerprint()))
            .toList();
    for (Alert a : batch.alerts()) {
      if (a.firing()) {
        stillFiring.add(a.fingerprint());
      } else {
        stillFiring.remove(a.fingerprint());
      }
    }
    AlertNotice next = records.saveNotice(notice.following(stillFiring, now));
    String cycleKey = notice.topic() + "/c" + notice.cycle();
    if (next.resolved()) {
      if (notice.action() == AlertAction.PAGE) {
        unit.store()
            .enqueue(
                OutboxMessage.about(
                    notice.topic(),
                    cycleKey + "/resolve",
                    OutboxMessage.Kind.SYNC,
                    OutboxMessage.VENDORS,
                    "resolve",
                    now));
      } else {
        post(next, cycleKey + "/resolved", "RESOLVED", batch.alerts());
      }
    } else if (!newlyFiring.isEmpty() && notice.action() == AlertAction.POST) {
      post(
          next,
          cycleKey + "/firing/" + newlyFiring.get(0).fingerprint() + "/" + stillFiring.size(),
          "FIRING +" + newlyFiring.size(),
          newlyFiring);
    }
    logAll(notice.action().word());
    return receipt(notice.action());
  }

  private void post(AlertNotice notice, String key, String state, List<Alert> alerts) {
    unit.store()
        .enqueue(
            OutboxMessage.about(
                notice.topic(),
                key,
                OutboxMessage.Kind.NOTICE,
                OutboxMessage.channelNamed(notice.target()),
                texts.post(state, notice.severity(), notice.title(), alerts, batch),
                now));
  }

  private String summary(Severity severity, String title, int firing) {
    return "["
        + severity
        + "] "
        + title
        + " · "
        + firing
        + (firing == 1 ? " alert firing" : " alerts firing")
        + " (from "
        + batch.source()
        + "; no incident declared)";
  }

  private List<Alert> firing() {
    return batch.alerts().stream().filter(Alert::firing).toList();
  }

  private Severity severity(List<Alert> alerts) {
    return alerts.stream()
        .map(policy::severityOf)
        .min(Comparator.naturalOrder())
        .orElse(policy.defaultSeverity());
  }

  private IntakeReceipt receipt(AlertAction action) {
    return new IntakeReceipt(
        batch.alerts().size(), List.of(), action == AlertAction.PAGE ? "paged" : "posted");
  }

  private void logAll(String disposition) {
    log.accept(Optional.empty(), disposition);
  }
}
