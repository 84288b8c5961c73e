package dev.beacon.core.incident;

import static dev.beacon.core.incident.Refusals.invalid;

import dev.beacon.core.catalog.Person;
import dev.beacon.core.timeline.FollowUpDone;
import dev.beacon.core.timeline.Joined;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.Participants;
import dev.beacon.core.timeline.Rated;
import dev.beacon.core.timeline.RoleAssigned;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import java.util.List;
import java.util.Optional;

/**
 * The use cases that run the response without moving the incident's status: roles, severity, status
 * updates, notes and joining. Input is checked before the transaction; the status is checked
 * against {@link Action} inside it.
 */
final class Coordination {

  private final IncidentTransactions transactions;
  private final InputChecks checks;

  Coordination(IncidentTransactions transactions, InputChecks checks) {
    this.transactions = transactions;
    this.checks = checks;
  }

  /** See {@link IncidentService#assignRole}. */
  Incident assignRole(IncidentId id, Role role, Actor assignee, Actor actor) {
    Person person = checks.knownPerson(assignee.id());
    return transactions.change(
        id,
        Action.ASSIGN_ROLE,
        (tx, incident, now) -> {
          String previous = incident.holder(role).map(Actor::id).orElse("");
          if (previous.equals(person.id())) {
            throw invalid(person.id() + " is already the " + role.label() + " of " + id + ".");
          }
          tx.append(new RoleAssigned(id, now, actor, role, assignee, previous));
          return incident.withRole(role, assignee, now);
        });
  }

  /** See {@link IncidentService#changeSeverity}. */
  Incident changeSeverity(IncidentId id, Severity severity, String reason, Actor actor) {
    String why = checks.text(reason, "reason");
    return transactions.change(
        id,
        Action.CHANGE_SEVERITY,
        (tx, incident, now) -> {
          if (incident.severity() == severity) {
            throw invalid(id + " is already " + severity + ".");
          }
          tx.append(new SeverityChanged(id, now, actor, incident.severity(), severity, why));
          return incident.withSeverity(severity, now);
        });
  }

  /** See {@link IncidentService#postUpdate}. */
  Incident postUpdate(IncidentId id, StatusUpdate update, Actor actor) {
    checks.update(update);
    return transactions.change(
        id,
        Action.POST_UPDATE,
        (tx, incident, now) -> {
          tx.append(
              new StatusPosted(
                  id, now, actor, update.status(), update.impact(), update.nextSteps()));
          return incident.touched(now);
        });
  }

  /** See {@link IncidentService#addNote}. */
  Incident addNote(IncidentId id, String text, Actor actor) {
    String note = checks.note(text);
    return transactions.change(
        id,
        Action.ADD_NOTE,
        (tx, incident, now) -> {
          tx.append(new NoteAdded(id, now, actor, note));
          return incident.touched(now);
        });
  }

  /** See {@link IncidentService#completeFollowUp}. */
  Optional<Incident> completeFollowUp(IncidentId id, int number, Actor actor) {
    return transactions.changeIf(
        id,
        Action.COMPLETE_FOLLOW_UP,
        timeline ->
            timeline.stream().noneMatch(e -> e instanceof FollowUpDone d && d.number() == number),
        (tx, incident, now) -> {
          List<FollowUp> actions =
              incident.closingReview().map(Review::followUps).orElse(List.of());
          if (number < 1 || number > actions.size()) {
            throw new IncidentException(
                IncidentException.Kind.INVALID,
                id
                    + "'s review has "
                    + (actions.isEmpty()
                        ? "no follow-up actions"
                        : actions.size() + " follow-up actions")
                    + "; there is no number "
                    + number
                    + ".");
          }
          tx.append(new FollowUpDone(id, now, actor, number, actions.get(number - 1).action()));
          return incident.touched(now);
        });
  }

  /** See {@link IncidentService#rate}. */
  Optional<Incident> rate(IncidentId id, int score, String comment, Actor actor) {
    if (score < 1 || score > 5) {
      throw new IncidentException(
          IncidentException.Kind.INVALID,
          "A rating is from 1 (badly handled) to 5 (very well handled), not " + score + ".");
    }
    String text = checks.text(comment, "comment");
    return transactions.changeIf(
        id,
        Action.RATE,
        timeline ->
            timeline.stream().noneMatch(e -> e instanceof Rated r && r.actor().equals(actor)),
        (tx, incident, now) -> {
          tx.append(new Rated(id, now, actor, score, text));
          return incident.touched(now);
        });
  }

  /** See {@link IncidentService#join}. */
  Optional<Incident> join(IncidentId id, Actor actor) {
    checks.knownPerson(actor.id());
    return transactions.changeIf(
        id,
        Action.JOIN,
        timeline -> !Participants.includes(timeline, actor.id()),
        (tx, incident, now) -> {
          tx.append(new Joined(id, now, actor));
          return incident.touched(now);
        });
  }
}
