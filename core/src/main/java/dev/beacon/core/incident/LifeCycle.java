package dev.beacon.core.incident;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.Closed;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.RoleAssigned;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The use cases that move an incident through its {@link Status}es: declare, acknowledge, mitigate,
 * resolve, reopen and close. Input is checked before the transaction; the status is checked against
 * {@link Action} inside it.
 */
final class LifeCycle {

  private final IncidentTransactions transactions;
  private final InputChecks checks;
  private final Catalog catalog;
  private final Clock clock;
  private final SiteOnDuty siteOnDuty;

  LifeCycle(
      IncidentTransactions transactions,
      InputChecks checks,
      Catalog catalog,
      Clock clock,
      SiteOnDuty siteOnDuty) {
    this.transactions = transactions;
    this.checks = checks;
    this.catalog = catalog;
    this.clock = clock;
    this.siteOnDuty = siteOnDuty;
  }

  /** See {@link IncidentService#declare}. */
  Incident declare(Declaration declaration, Actor actor) {
    return transactions.create(declaration(declaration, actor));
  }

  /** The checked creation of a declared incident, to run inside a transaction. */
  IncidentTransactions.Creation declaration(Declaration declaration, Actor actor) {
    String title = checks.title(declaration.title());
    String description = checks.text(declaration.description(), "description");
    List<String> services = checks.knownServices(declaration.services());
    String site = siteFor(declaration.site(), services, actor);
    return (tx, now) -> {
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
      return incident;
    };
  }

  /**
   * The site asked for, which must exist; else the one on duty for the services; else the
   * declarer's; else none.
   */
  private String siteFor(String requested, List<String> services, Actor actor) {
    if (!requested.isEmpty()) {
      return checks.knownSite(requested);
    }
    return siteOnDuty
        .siteFor(services, clock.instant())
        .or(() -> catalog.person(actor.id()).map(Person::site))
        .orElse("");
  }

  /** See {@link IncidentService#acknowledge}. */
  Incident acknowledge(IncidentId id, Actor actor) {
    return transactions.change(
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

  /** See {@link IncidentService#mitigate}. */
  Incident mitigate(IncidentId id, String summary, Actor actor) {
    return transactions.change(id, Action.MITIGATE, mitigation(summary, actor));
  }

  /** The checked mitigation, to run inside a transaction. */
  IncidentTransactions.Change mitigation(String summary, Actor actor) {
    String text = checks.text(summary, "summary");
    return (tx, incident, now) -> {
      tx.append(new Mitigated(incident.id(), now, actor, text));
      return incident.withStatus(Status.MITIGATED, now);
    };
  }

  /** See {@link IncidentService#resolve}. */
  Incident resolve(IncidentId id, String summary, Actor actor) {
    String text = checks.text(summary, "summary");
    return transactions.change(
        id,
        Action.RESOLVE,
        (tx, incident, now) -> {
          tx.append(new Resolved(id, now, actor, text));
          return incident.withStatus(Status.RESOLVED, now);
        });
  }

  /** See {@link IncidentService#reopen}. */
  Incident reopen(IncidentId id, String reason, Actor actor) {
    return transactions.change(id, Action.REOPEN, reopening(reason, actor));
  }

  /** The checked reopening, to run inside a transaction. */
  IncidentTransactions.Change reopening(String reason, Actor actor) {
    String text = checks.text(reason, "reason");
    return (tx, incident, now) -> {
      tx.append(new Reopened(incident.id(), now, actor, text));
      return incident.withStatus(Status.DECLARED, now);
    };
  }

  /** See {@link IncidentService#close}. */
  Incident close(IncidentId id, Review review, Actor actor) {
    checks.review(review);
    return transactions.change(
        id,
        Action.CLOSE,
        (tx, incident, now) -> {
          tx.append(new Closed(id, now, actor, review));
          return incident.closedWith(review, now);
        });
  }
}
