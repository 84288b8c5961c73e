package dev.beacon.core.incident;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.Participants;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The incident use cases. Each one checks the incident's status against {@link Action}, then
 * commits the changed incident and its timeline event(s) in one store transaction. A refused use
 * case throws {@link IncidentException} and changes nothing.
 *
 * <p>This is the one door the other modules use; the work is done by package-private collaborators:
 * {@link LifeCycle} (declare to close), {@link Coordination} (roles, severity, updates, notes,
 * joining), {@link MessageCapture} (captured chat messages), {@link InputChecks} and {@link
 * IncidentTransactions} (one transaction per change, observers inside it).
 */
public final class IncidentService {

  /** Longest title accepted: one line that fits a chat channel topic. */
  public static final int MAX_TITLE = 200;

  /** Longest free text accepted in notes, updates and reviews. */
  public static final int MAX_TEXT = 4000;

  private final IncidentStore store;
  private final Catalog catalog;
  private final LifeCycle lifeCycle;
  private final IncidentTransactions transactions;
  private final Coordination coordination;
  private final MessageCapture messages;

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
    this.transactions = new IncidentTransactions(store, clock, observers);
    InputChecks checks = new InputChecks(catalog);
    this.lifeCycle = new LifeCycle(this.transactions, checks, catalog, clock, siteOnDuty);
    this.coordination = new Coordination(transactions, checks);
    this.messages = new MessageCapture(transactions, checks);
  }

  /**
   * Declares an incident. The declarer becomes its commander, unless the declarer is Beacon or an
   * integration; then the first person to acknowledge takes command.
   */
  public Incident declare(Declaration declaration, Actor actor) {
    return lifeCycle.declare(declaration, actor);
  }

  /** Acknowledges: someone is on it. Without a commander, the acknowledger takes command. */
  public Incident acknowledge(IncidentId id, Actor actor) {
    return lifeCycle.acknowledge(id, actor);
  }

  /** Gives {@code role} to {@code assignee}, who must be a configured person. */
  public Incident assignRole(IncidentId id, Role role, Actor assignee, Actor actor) {
    return coordination.assignRole(id, role, assignee, actor);
  }

  /** Raises or lowers the severity; {@code reason} may be empty. */
  public Incident changeSeverity(IncidentId id, Severity severity, String reason, Actor actor) {
    return coordination.changeSeverity(id, severity, reason, actor);
  }

  /** Posts a status update for stakeholders. */
  public Incident postUpdate(IncidentId id, StatusUpdate update, Actor actor) {
    return coordination.postUpdate(id, update, actor);
  }

  /** Writes a note into the timeline. */
  public Incident addNote(IncidentId id, String text, Actor actor) {
    return coordination.addNote(id, text, actor);
  }

  /**
   * Records that {@code actor}, a configured person, joins the incident as a responder. Empty,
   * recording nothing, when they already take part ({@link Participants}).
   */
  public Optional<Incident> join(IncidentId id, Actor actor) {
    return coordination.join(id, actor);
  }

  /**
   * Puts a chat message into the record (someone pinned it with a reaction), with its author, text,
   * attachment names, original time and link.
   */
  public Incident captureMessage(IncidentId id, MessageCaptured message, Actor actor) {
    return messages.captureMessage(id, message, actor);
  }

  /** Marks a captured message as withdrawn (its pushpin was removed); the record keeps it. */
  public Incident releaseMessage(IncidentId id, String link, Actor actor) {
    return messages.releaseMessage(id, link, actor);
  }

  /**
   * Records that a captured message was edited to {@code content} at {@code editedAt}; the record
   * keeps the original too. Empty, recording nothing, when the message identified by {@code link}
   * is not in the record (never captured, or released) or its recorded text is already {@code
   * content}.
   */
  public Optional<Incident> recordEdit(
      IncidentId id, String link, String content, Instant editedAt, Actor actor) {
    return messages.recordEdit(id, link, content, editedAt, actor);
  }

  /** Marks the impact as stopped. */
  public Incident mitigate(IncidentId id, String summary, Actor actor) {
    return lifeCycle.mitigate(id, summary, actor);
  }

  /** Marks the incident as over. */
  public Incident resolve(IncidentId id, String summary, Actor actor) {
    return lifeCycle.resolve(id, summary, actor);
  }

  /** Brings a resolved incident back: it is declared again and must be acknowledged again. */
  public Incident reopen(IncidentId id, String reason, Actor actor) {
    return lifeCycle.reopen(id, reason, actor);
  }

  /** Closes a resolved incident with its review. */
  public Incident close(IncidentId id, Review review, Actor actor) {
    return lifeCycle.close(id, review, actor);
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
    return store.find(id).orElseThrow(() -> missing(id));
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

  /**
   * The refusal for an action the incident's status does not allow, naming the status and what is
   * allowed; for use cases outside this class that follow the same table.
   */
  public static IncidentException refusal(Incident incident, Action action) {
    return Refusals.notAllowed(incident, action);
  }

  /** The refusal for an incident that does not exist, naming recent ones. */
  public IncidentException missing(IncidentId id) {
    return Refusals.notFound(store, id);
  }

  /**
   * Records {@code actor}'s rating (1 to 5) of how the resolved or closed incident was handled;
   * anyone may rate, stakeholders above all, once each.
   *
   * @return empty when {@code actor} had rated it already (nothing is recorded)
   */
  public Optional<Incident> rate(IncidentId id, int score, String comment, Actor actor) {
    return coordination.rate(id, score, comment, actor);
  }

  /**
   * Marks follow-up action {@code number} (from 1) of the closed incident's review done.
   *
   * @return empty when it was already done (nothing is recorded)
   * @throws IncidentException when the incident is not closed or has no such action
   */
  public Optional<Incident> completeFollowUp(IncidentId id, int number, Actor actor) {
    return coordination.completeFollowUp(id, number, actor);
  }

  /**
   * Runs {@code work} in one store transaction through an {@link IncidentUnit}, for intakes
   * (alerts) that record what they received together with the incidents it declared or changed; the
   * observers (timers, outbox, rooms) see every incident touched before the commit.
   */
  public <T> T inOneTransaction(java.util.function.Function<IncidentUnit, T> work) {
    return transactions.unit(lifeCycle, work);
  }
}
