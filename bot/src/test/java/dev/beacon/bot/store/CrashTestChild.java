package dev.beacon.bot.store;

import dev.beacon.core.escalation.EscalationEngine;
import dev.beacon.core.escalation.EscalationLevel;
import dev.beacon.core.escalation.EscalationPolicy;
import dev.beacon.core.escalation.EscalationReactions;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.escalation.HyperCareCalendar;
import dev.beacon.core.escalation.Recipient;
import dev.beacon.core.escalation.Responders;
import dev.beacon.core.escalation.Target;
import dev.beacon.core.escalation.Timers;
import dev.beacon.core.incident.Action;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.incident.StatusUpdate;
import dev.beacon.core.testing.TestCatalog;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The process {@link CrashTest} kills: opens the store in {@code args[0]} and runs incident use
 * cases in a loop until killed, printing {@code ACK INC-7 note-added 31} (incident, the use case's
 * event kind, the incident's timeline length after the commit) once each use case has committed.
 * Each line is one {@code write(2)} on stdout, unbuffered, so a line the parent reads was
 * committed.
 */
public final class CrashTestChild {

  private static final List<String> PEOPLE = List.of("alice", "wei", "priya", "jan");
  private static final String TEXT = "checked the dashboards — ünïcödé 🚨\nsecond line of the note";

  private final IncidentService service;
  private final EscalationService escalations;
  private final Random random;
  private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);
  private final List<IncidentId> open = new ArrayList<>();

  private CrashTestChild(IncidentService service, EscalationService escalations, Random random) {
    this.service = service;
    this.escalations = escalations;
    this.random = random;
  }

  /** {@code args}: data directory, random seed. */
  public static void main(String[] args) throws IOException {
    SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(args[0]));
    // Escalation runs inside every use case, so timer state and outbox rows are crash-tested too.
    EscalationPolicy policy =
        new EscalationPolicy(
            "default",
            List.of(
                new EscalationLevel(new Target(Target.Kind.ONCALL, ""), Duration.ofMinutes(5)),
                new EscalationLevel(new Target(Target.Kind.PERSON, "jan"), Duration.ofMinutes(5))),
            1,
            java.util.Set.of());
    Responders responders =
        (target, incident, at, both) -> List.of(new Recipient("wei", "on call in the crash test"));
    EscalationEngine engine =
        new EscalationEngine(
            i -> policy, responders, HyperCareCalendar.none(), TestCatalog.create());
    Clock clock = Clock.systemUTC();
    IncidentService service =
        new IncidentService(
            store,
            TestCatalog.create(),
            clock,
            List.of(new EscalationReactions(engine, Timers.NONE)));
    EscalationService escalations =
        new EscalationService(store, service, engine, Timers.NONE, clock);
    CrashTestChild child =
        new CrashTestChild(service, escalations, new Random(Long.parseLong(args[1])));
    store.recent(8).stream()
        .filter(i -> i.status() != Status.CLOSED)
        .forEach(i -> child.open.add(i.id()));
    child.emit("READY");
    while (true) {
      child.step();
    }
  }

  private void step() throws IOException {
    if (open.size() < 3 || random.nextInt(10) == 0) {
      IncidentId id =
          service
              .declare(
                  Declaration.of("crash test incident", Severity.SEV3, "payments-api"), actor())
              .id();
      open.add(id);
      acknowledge(id, "declared");
      return;
    }
    IncidentId id = open.get(random.nextInt(open.size()));
    Incident incident = service.get(id);
    List<Action> allowed = Action.allowedActions(incident.status());
    Action action = allowed.get(random.nextInt(allowed.size()));
    try {
      String kind = perform(incident, action);
      if (action == Action.CLOSE) {
        open.remove(id);
      }
      acknowledge(id, kind);
    } catch (IncidentException refused) {
      // e.g. the role already held by that person: nothing committed, nothing to acknowledge
    }
  }

  private String perform(Incident incident, Action action) {
    IncidentId id = incident.id();
    switch (action) {
      case ACKNOWLEDGE:
        service.acknowledge(id, actor());
        return "acknowledged";
      case MITIGATE:
        service.mitigate(id, "feature flag off", actor());
        return "mitigated";
      case RESOLVE:
        service.resolve(id, "rolled back", actor());
        return "resolved";
      case REOPEN:
        service.reopen(id, "errors are back", actor());
        return "reopened";
      case CLOSE:
        service.close(id, Review.of("cards failed", "bad deploy", List.of("canary")), actor());
        return "closed";
      case CHANGE_SEVERITY:
        Severity[] all = Severity.values();
        Severity next = all[(incident.severity().ordinal() + 1 + random.nextInt(3)) % all.length];
        service.changeSeverity(id, next, "scope changed", actor());
        return "severity-changed";
      case POST_UPDATE:
        service.postUpdate(id, new StatusUpdate(TEXT, "EU cards", "next in 15m"), actor());
        return "status-posted";
      case ASSIGN_ROLE:
        Role role = Role.values()[random.nextInt(Role.values().length)];
        service.assignRole(id, role, actor(), actor());
        return "role-assigned";
      case ADD_NOTE:
        service.addNote(id, TEXT, actor());
        return "note-added";
      case ESCALATE:
        escalations.escalateNow(id, actor());
        return "escalated";
      case JOIN:
        service.join(id, actor());
        return "joined";
      case RATE:
        service.rate(id, 4, "", actor());
        return "rated";
      case COMPLETE_FOLLOW_UP:
        service.completeFollowUp(id, 1, actor());
        return "follow-up-done";
      default:
        throw new IllegalStateException("no crash-test step for " + action);
    }
  }

  private void acknowledge(IncidentId id, String kind) throws IOException {
    emit("ACK " + id + " " + kind + " " + service.timeline(id).size());
  }

  private Actor actor() {
    return Actor.person(PEOPLE.get(random.nextInt(PEOPLE.size())));
  }

  private void emit(String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
