package dev.beacon.core.incident;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.store.RecordingTransaction;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.CapturedMessages;
import dev.beacon.core.timeline.Closed;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Joined;
import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.MessageEdited;
import dev.beacon.core.timeline.MessageReleased;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.Participants;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.RoleAssigned;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The incident use cases. Each one checks the incident's status against {@link Action}, then
 * commits the changed incident and its timeline event(s) in one store transaction. A refused use
 * case throws {@link IncidentException} and changes nothing.
 */
public final class IncidentService {

  /** Longest title accepted: one line that fits a chat channel topic. */
  public static final int MAX_TITLE = 200;

  /** Longest free text accepted in notes, updates and reviews. */
  public static final int MAX_TEXT = 4000;

  private final IncidentStore store;
  private final Catalog catalog;
  private final Clock clock;
  private final List<IncidentObserver> observers;
  private final SiteOnDuty siteOnDuty;

  /** Use cases over {@code store}, checking references against {@code catalog}. */
  public IncidentService(IncidentStore store, Catalog catalog, Clock clock) {
    this(store, catalog, clock, List.of());
  }

  /**
   * Use cases whose transactions also run {@code observers} (escalation timers, outbox), so that
   * what they write commits with the change.
   */
  public IncidentService(
      IncidentStore store, Catalog catalog, Clock clock, List<IncidentObserver> observers) {
    this(store, catalog, clock, observers, SiteOnDuty.NONE);
  }

  /**
   * Use cases with observers, where a declared incident without an explicit site belongs to the
   * site {@code siteOnDuty} names for its services (else to the declarer's site).
   */
  public IncidentService(
      IncidentStore store,
      Catalog catalog,
      Clock clock,
      List<IncidentObserver> observers,
      SiteOnDuty siteOnDuty) {
    this.store = store;
    this.catalog = catalog;
    this.clock = clock;
    this.observers = List.copyOf(observers);
    this.siteOnDuty = siteOnDuty;
  }

  /**
   * Declares an incident. The declarer becomes its commander, unless the declarer is Beacon or an
   * integration; then the first person to acknowledge takes command.
   */
  public Incident declare(Declaration declaration, Actor actor) {
    String title = TextRules.check(declaration.title(), "title", MAX_TITLE);
    if (title.isEmpty()) {
      throw invalid("An incident needs a title: one line saying what is wrong.");
    }
    if (title.contains("\n") || title.contains("\t")) {
      throw invalid("The title must be one line; put details in the description.");
    }
    String description = TextRules.check(declaration.description(), "description", MAX_TEXT);
    List<String> services = knownServices(declaration.services());
    String site = siteFor(declaration.site(), services, actor);
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          IncidentId id = tx.nextIncidentId();
          Map<Role, Actor> roles = actor.isSystem() ? Map.of() : Map.of(Role.COMMANDER, actor);
          Incident incident =
              new Incident(
                  id,
                  title,
                  description,
                  declaration.severity(),
                  Status.DECLARED,
                  services,
                  site,
                  roles,
                  declaration.privateIncident(),
                  declaration.drill(),
                  now,
                  now,
                  null);
          tx.insert(incident);
          tx.append(
              new Declared(
                  id,
                  now,
                  actor,
                  title,
                  declaration.severity(),
                  services,
                  site,
                  declaration.privateIncident(),
                  declaration.drill()));
          if (!actor.isSystem()) {
            tx.append(new RoleAssigned(id, now, actor, Role.COMMANDER, actor, ""));
          }
          notifyObservers(tx, incident, now);
          return incident;
        });
  }

  /** Acknowledges: someone is on it. Without a commander, the acknowledger takes command. */
  public Incident acknowledge(IncidentId id, Actor actor) {
    return change(
        id,
        Action.ACKNOWLEDGE,
        (tx, incident, now) -> {
          Incident next = incident.withStatus(Status.ACKNOWLEDGED, now);
          tx.append(new Acknowledged(id, now, actor));
          if (incident.holder(Role.COMMANDER).isEmpty() && !actor.isSystem()) {
            next = next.withRole(Role.COMMANDER, actor, now);
            tx.append(new RoleAssigned(id, now, actor, Role.COMMANDER, actor, ""));
          }
          return next;
        });
  }

  /** Gives {@code role} to {@code assignee}, who must be a configured person. */
  public Incident assignRole(IncidentId id, Role role, Actor assignee, Actor actor) {
    Person person = knownPerson(assignee.id());
    return change(
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

  /** Raises or lowers the severity; {@code reason} may be empty. */
  public Incident changeSeverity(IncidentId id, Severity severity, String reason, Actor actor) {
    String why = TextRules.check(reason, "reason", MAX_TEXT);
    return change(
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

  /** Posts a status update for stakeholders. */
  public Incident postUpdate(IncidentId id, StatusUpdate update, Actor actor) {
    TextRules.check(update.status(), "status", MAX_TEXT);
    TextRules.check(update.impact(), "impact", MAX_TEXT);
    TextRules.check(update.nextSteps(), "next steps", MAX_TEXT);
    return change(
        id,
        Action.POST_UPDATE,
        (tx, incident, now) -> {
          tx.append(
              new StatusPosted(
                  id, now, actor, update.status(), update.impact(), update.nextSteps()));
          return incident.touched(now);
        });
  }

  /** Writes a note into the timeline. */
  public Incident addNote(IncidentId id, String text, Actor actor) {
    String note = TextRules.check(text, "note", MAX_TEXT);
    if (note.isEmpty()) {
      throw invalid("A note needs some text.");
    }
    return change(
        id,
        Action.ADD_NOTE,
        (tx, incident, now) -> {
          tx.append(new NoteAdded(id, now, actor, note));
          return incident.touched(now);
        });
  }

  /**
   * Records that {@code actor}, a configured person, joins the incident as a responder. Empty,
   * recording nothing, when they already take part ({@link Participants}).
   */
  public Optional<Incident> join(IncidentId id, Actor actor) {
    knownPerson(actor.id());
    return changeIf(
        id,
        Action.JOIN,
        timeline -> !Participants.includes(timeline, actor.id()),
        (tx, incident, now) -> {
          tx.append(new Joined(id, now, actor));
          return incident.touched(now);
        });
  }

  /**
   * Puts a chat message into the record (someone pinned it with a reaction), with its author, text,
   * attachment names, original time and link.
   */
  public Incident captureMessage(IncidentId id, MessageCaptured message, Actor actor) {
    return change(
        id,
        Action.ADD_NOTE,
        (tx, incident, now) -> {
          tx.append(
              new MessageCaptured(
                  id,
                  now,
                  actor,
                  message.author(),
                  TextRules.check(message.content(), "message", MAX_TEXT),
                  message.attachments(),
                  message.sentAt(),
                  message.link()));
          return incident.touched(now);
        });
  }

  /** Marks a captured message as withdrawn (its pushpin was removed); the record keeps it. */
  public Incident releaseMessage(IncidentId id, String link, Actor actor) {
    return change(
        id,
        Action.ADD_NOTE,
        (tx, incident, now) -> {
          tx.append(new MessageReleased(id, now, actor, link));
          return incident.touched(now);
        });
  }

  /**
   * Records that a captured message was edited to {@code content} at {@code editedAt}; the record
   * keeps the original too. Empty, recording nothing, when the message identified by {@code link}
   * is not in the record (never captured, or released) or its recorded text is already {@code
   * content}.
   */
  public Optional<Incident> recordEdit(
      IncidentId id, String link, String content, Instant editedAt, Actor actor) {
    String text = TextRules.check(content, "message", MAX_TEXT);
    return changeIf(
        id,
        Action.ADD_NOTE,
        timeline ->
            CapturedMessages.currentText(timeline, link)
                .filter(held -> !held.equals(text))
                .isPresent(),
        (tx, incident, now) -> {
          tx.append(new MessageEdited(id, now, actor, text, editedAt, link));
          return incident.touched(now);
        });
  }

  /** Marks the impact as stopped. */
  public Incident mitigate(IncidentId id, String summary, Actor actor) {
    String text = TextRules.check(summary, "summary", MAX_TEXT);
    return change(
        id,
        Action.MITIGATE,
        (tx, incident, now) -> {
          tx.append(new Mitigated(id, now, actor, text));
          return incident.withStatus(Status.MITIGATED, now);
        });
  }

  /** Marks the incident as over. */
  public Incident resolve(IncidentId id, String summary, Actor actor) {
    String text = TextRules.check(summary, "summary", MAX_TEXT);
    return change(
        id,
        Action.RESOLVE,
        (tx, incident, now) -> {
          tx.append(new Resolved(id, now, actor, text));
          return incident.withStatus(Status.RESOLVED, now);
        });
  }

  /** Brings a resolved incident back: it is declared again and must be acknowledged again. */
  public Incident reopen(IncidentId id, String reason, Actor actor) {
    String text = TextRules.check(reason, "reason", MAX_TEXT);
    return change(
        id,
        Action.REOPEN,
        (tx, incident, now) -> {
          tx.append(new Reopened(id, now, actor, text));
          return incident.withStatus(Status.DECLARED, now);
        });
  }

  /** Closes a resolved incident with its review. */
  public Incident close(IncidentId id, Review review, Actor actor) {
    TextRules.check(review.impact(), "impact", MAX_TEXT);
    TextRules.check(review.rootCause(), "root cause", MAX_TEXT);
    for (String followUp : review.followUps()) {
      TextRules.check(followUp, "follow-up action", MAX_TEXT);
    }
    return change(
        id,
        Action.CLOSE,
        (tx, incident, now) -> {
          tx.append(new Closed(id, now, actor, review));
          return incident.closedWith(review, now);
        });
  }

  /** The incident as last committed. */
  public Optional<Incident> find(IncidentId id) {
    return store.find(id);
  }

  /**
   * The incident, or a refusal naming the numbers that exist.
   *
   * @throws IncidentException when there is no such incident
   */
  public Incident get(IncidentId id) {
    return store.find(id).orElseThrow(() -> notFound(id));
  }

  /** The incident's timeline, oldest first. */
  public List<TimelineEvent> timeline(IncidentId id) {
    get(id);
    return store.timeline(id);
  }

  /** The newest incidents, newest first. */
  public List<Incident> recent(int limit) {
    return store.recent(limit);
  }

  /** The catalogue the use cases check against. */
  public Catalog catalog() {
    return catalog;
  }

  /** One use case's change to a loaded incident, inside the transaction. */
  @FunctionalInterface
  private interface Change {
    Incident apply(StoreTransaction tx, Incident incident, Instant now);
  }

  private Incident change(IncidentId id, Action action, Change change) {
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          Incident incident = tx.find(id).orElseThrow(() -> notFound(id));
          if (!action.allowedIn(incident.status())) {
            throw notAllowed(incident, action);
          }
          Incident next = change.apply(tx, incident, now);
          tx.update(next);
          notifyObservers(tx, next, now);
          return next;
        });
  }

  /**
   * As {@link #change}, but made only when {@code wanted} holds for the incident's timeline; empty
   * otherwise, writing nothing. The timeline is read inside the transaction: the store has one
   * writer at a time, so no other change can come between the read and this one's commit.
   */
  private Optional<Incident> changeIf(
      IncidentId id, Action action, Predicate<List<TimelineEvent>> wanted, Change change) {
    return store.transact(
        outer -> {
          Instant now = clock.instant();
          RecordingTransaction tx = new RecordingTransaction(outer);
          Incident incident = tx.find(id).orElseThrow(() -> notFound(id));
          if (!action.allowedIn(incident.status())) {
            throw notAllowed(incident, action);
          }
          if (!wanted.test(store.timeline(id))) {
            return Optional.empty();
          }
          Incident next = change.apply(tx, incident, now);
          tx.update(next);
          notifyObservers(tx, next, now);
          return Optional.of(next);
        });
  }

  private void notifyObservers(RecordingTransaction tx, Incident incident, Instant now) {
    List<TimelineEvent> events = tx.appended();
    for (IncidentObserver observer : observers) {
      observer.observe(tx.inner(), incident, events, now);
    }
  }

  /**
   * The refusal for an action the incident's status does not allow, naming the status and what is
   * allowed; for use cases outside this class that follow the same table.
   */
  public static IncidentException refusal(Incident incident, Action action) {
    return notAllowed(incident, action);
  }

  /** The refusal for an incident that does not exist, naming recent ones. */
  public IncidentException missing(IncidentId id) {
    return notFound(id);
  }

  private IncidentException notFound(IncidentId id) {
    List<Incident> recent = store.recent(5);
    String hint =
        recent.isEmpty()
            ? "There are no incidents yet; declare one with /incident declare."
            : "Recent incidents: "
                + recent.stream().map(i -> i.id().toString()).collect(Collectors.joining(", "))
                + ".";
    return new IncidentException(
        IncidentException.Kind.NOT_FOUND, "There is no incident " + id + ". " + hint);
  }

  private static IncidentException notAllowed(Incident incident, Action action) {
    List<Action> allowed = Action.allowedActions(incident.status());
    String options =
        allowed.isEmpty()
            ? "nothing more can be done to it"
            : "allowed now: "
                + allowed.stream().map(Action::command).collect(Collectors.joining(", "));
    return new IncidentException(
        IncidentException.Kind.NOT_ALLOWED,
        incident.id()
            + " is "
            + incident.status().label()
            + ", so you cannot "
            + action.verb()
            + "; "
            + options
            + ".");
  }

  private static IncidentException invalid(String message) {
    return new IncidentException(IncidentException.Kind.INVALID, message);
  }

  private List<String> knownServices(List<String> requested) {
    List<String> unknown = new ArrayList<>();
    LinkedHashSet<String> known = new LinkedHashSet<>();
    for (String s : requested) {
      String id = s.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (catalog.service(id).isPresent()) {
        known.add(id);
      } else {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw invalid(
          "Unknown service "
              + String.join(", ", unknown)
              + "; known services: "
              + catalog.services().stream().map(ServiceInfo::id).collect(Collectors.joining(", "))
              + ".");
    }
    return List.copyOf(known);
  }

  private String siteFor(String requested, List<String> services, Actor actor) {
    if (!requested.isEmpty()) {
      return catalog
          .site(requested)
          .map(Site::id)
          .orElseThrow(
              () ->
                  invalid(
                      "Unknown site "
                          + requested
                          + "; known sites: "
                          + catalog.sites().stream().map(Site::id).collect(Collectors.joining(", "))
                          + "."));
    }
    return siteOnDuty
        .siteFor(services, clock.instant())
        .or(() -> catalog.person(actor.id()).map(Person::site))
        .orElse("");
  }

  private Person knownPerson(String handle) {
    return catalog
        .person(handle)
        .orElseThrow(
            () ->
                invalid(
                    "Nobody called '"
                        + handle
                        + "' is configured; people: "
                        + catalog.people().stream()
                            .map(Person::id)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}
