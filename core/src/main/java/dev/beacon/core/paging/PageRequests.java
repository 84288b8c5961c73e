package dev.beacon.core.paging;

import dev.beacon.core.alerts.AlertNotice;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Role;
import dev.beacon.core.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the vendor-neutral request for a page or update, and words outcomes for the timeline. */
final class PageRequests {

  private final Catalog catalog;
  private final java.util.function.ToIntFunction<dev.beacon.core.incident.IncidentId> cycles;

  /** Requests naming services from {@code catalog}, keyed by each incident's reopen cycle. */
  PageRequests(
      Catalog catalog,
      java.util.function.ToIntFunction<dev.beacon.core.incident.IncidentId> cycles) {
    this.catalog = catalog;
    this.cycles = cycles;
  }

  PageRequest build(PageAction action, OutboxMessage m, Incident incident, Contact c) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("incident", incident.id().toString());
    details.put("status", incident.status().label());
    if (!incident.site().isEmpty()) {
      details.put("site", incident.site());
    }
    if (!incident.services().isEmpty()) {
      details.put("services", String.join(", ", incident.services()));
    }
    incident.holder(Role.COMMANDER).ifPresent(a -> details.put("commander", a.id()));
    List<PageLink> links = new ArrayList<>();
    addRunbooks(incident.services(), links);
    return new PageRequest(
        action,
        DeliveryService.dedupKey(incident, cycles.applyAsInt(incident.id())),
        m.key(),
        incident.id().toString(),
        incident.severity(),
        incident.title(),
        m.text(),
        action == PageAction.TRIGGER ? m.recipient() : "",
        c.target(),
        details,
        links,
        m.createdAt());
  }

  /** The request for an alert group that a rule pages about without an incident. */
  PageRequest build(PageAction action, OutboxMessage m, AlertNotice notice, Contact c) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("source", notice.source());
    details.put("alert group", notice.groupKey());
    details.put("alerts firing", Integer.toString(notice.firing().size()));
    if (!notice.services().isEmpty()) {
      details.put("services", String.join(", ", notice.services()));
    }
    List<PageLink> links = new ArrayList<>();
    for (AlertNotice.Link link : notice.links()) {
      links.add(new PageLink(link.url(), link.label()));
    }
    addRunbooks(notice.services(), links);
    return new PageRequest(
        action,
        notice.dedupKey(),
        m.key(),
        notice.source() + ": " + notice.title(),
        notice.severity(),
        notice.title(),
        m.text(),
        action == PageAction.TRIGGER ? m.recipient() : "",
        c.target(),
        details,
        links,
        m.createdAt());
  }

  /** Adds the runbook of each of {@code services} that has one, unless already linked. */
  private void addRunbooks(List<String> services, List<PageLink> links) {
    for (String id : services) {
      catalog
          .service(id)
          .filter(ServiceInfo::hasRunbook)
          .filter(s -> links.stream().noneMatch(l -> l.href().equals(s.runbook())))
          .ifPresent(s -> links.add(new PageLink(s.runbook(), "Runbook: " + s.name())));
    }
  }

  static String result(PageOutcome o) {
    if (o instanceof PageOutcome.Accepted) {
      return "accepted";
    }
    return o instanceof PageOutcome.RetryLater ? "retry" : "rejected";
  }

  static String detail(PageOutcome o) {
    if (o instanceof PageOutcome.Accepted a) {
      return a.reference();
    }
    if (o instanceof PageOutcome.RetryLater r) {
      return r.reason();
    }
    return ((PageOutcome.Rejected) o).reason();
  }
}
