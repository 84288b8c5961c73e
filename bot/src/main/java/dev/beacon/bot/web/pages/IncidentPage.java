package dev.beacon.bot.web.pages;

import static dev.beacon.bot.web.pages.Html.escape;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.FollowUp;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Role;
import dev.beacon.core.review.TimeFormat;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.EscalationExhausted;
import dev.beacon.core.timeline.PageAttempted;
import dev.beacon.core.timeline.PageUndeliverable;
import dev.beacon.core.timeline.Paged;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Renders one incident for review: summary, exports, the review once closed, pages and escalations,
 * captured chat messages, and the whole timeline with UTC and site-local times.
 */
final class IncidentPage {

  private final Catalog catalog;

  IncidentPage(Catalog catalog) {
    this.catalog = catalog;
  }

  String render(Incident incident, List<TimelineEvent> timeline) {
    Optional<Site> site = catalog.site(incident.site());
    ZoneId zone = site.map(Site::zone).orElse(null);
    StringBuilder b = new StringBuilder();
    b.append("<p><a href=\"/review/incidents\">All incidents</a></p>\n<h1>")
        .append(incident.id())
        .append(' ')
        .append(escape(incident.title()))
        .append(incident.drill() ? " <span class=\"tag\">drill</span>" : "")
        .append(incident.privateIncident() ? " <span class=\"tag\">private</span>" : "")
        .append("</h1>\n");
    if (!incident.description().isEmpty()) {
      b.append("<p>").append(escape(incident.description())).append("</p>\n");
    }
    summary(b, incident, site, zone);
    String base = "/review/incidents/" + incident.id();
    b.append("<p>Export: <a href=\"")
        .append(base)
        .append(".md\">Markdown</a> · <a href=\"")
        .append(base)
        .append(".json\">JSON</a></p>\n");
    incident.closingReview().ifPresent(r -> review(b, r));
    b.append("<h2>Pages and escalations</h2>\n");
    events(b, timeline.stream().filter(IncidentPage::isPaging).toList(), zone);
    new CapturedMessagesSection(zone).render(b, timeline);
    b.append("<h2>Timeline</h2>\n");
    events(b, timeline, zone);
    return Html.page(incident.id() + " " + incident.title(), b.toString());
  }

  private void summary(StringBuilder b, Incident i, Optional<Site> site, ZoneId zone) {
    b.append("<table>\n");
    row(b, "Status", escape(i.status().label()));
    row(b, "Severity", i.severity() + " (" + escape(i.severity().meaning()) + ")");
    row(b, "Services", services(i.services()));
    row(
        b,
        "Site",
        site.map(s -> escape(s.name() + " (" + s.zone() + ")"))
            .orElse(i.site().isEmpty() ? "-" : escape(i.site())));
    for (Role role : Role.values()) {
      row(b, role.label(), i.holder(role).map(a -> escape(a.id())).orElse("-"));
    }
    row(b, "Declared", escape(TimeFormat.utcAndLocal(i.createdAt(), zone)));
    row(b, "Last changed", escape(TimeFormat.utcAndLocal(i.updatedAt(), zone)));
    b.append("</table>\n");
  }

  private String services(List<String> ids) {
    if (ids.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    for (String id : ids) {
      Optional<ServiceInfo> info = catalog.service(id);
      s.append(s.length() > 0 ? "<br>" : "").append(escape(id));
      if (info.isPresent() && info.get().hasRunbook()) {
        s.append(" (").append(Html.link(info.get().runbook(), "runbook")).append(')');
      } else {
        s.append(" <span class=\"muted\">(no runbook)</span>");
      }
    }
    return s.toString();
  }

  private static void review(StringBuilder b, Review r) {
    b.append("<h2>Review</h2>\n<h3>Impact</h3>\n<p>")
        .append(escape(r.impact()))
        .append("</p>\n<h3>Root cause</h3>\n<p>")
        .append(escape(r.rootCause()))
        .append("</p>\n<h3>Contributing factors</h3>\n<p>")
        .append(
            r.contributingFactors().isEmpty() ? "None recorded." : escape(r.contributingFactors()))
        .append("</p>\n<h3>Follow-up actions</h3>\n");
    if (r.followUps().isEmpty()) {
      b.append("<p>None recorded.</p>\n");
      return;
    }
    b.append("<table>\n<tr><th>#</th><th>Action</th><th>Owner</th><th>Due</th></tr>\n");
    int n = 1;
    for (FollowUp f : r.followUps()) {
      b.append("<tr><td>")
          .append(n++)
          .append("</td><td>")
          .append(escape(f.action()))
          .append("</td><td>")
          .append(escape(f.owner().orElse("-")))
          .append("</td><td>")
          .append(f.due().map(Object::toString).orElse("-"))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static boolean isPaging(TimelineEvent e) {
    return e instanceof Paged
        || e instanceof Escalated
        || e instanceof PageAttempted
        || e instanceof PageUndeliverable
        || e instanceof EscalationExhausted;
  }

  private static void events(StringBuilder b, List<TimelineEvent> events, ZoneId zone) {
    if (events.isEmpty()) {
      b.append("<p>None.</p>\n");
      return;
    }
    b.append("<table>\n<tr><th>Time</th><th>Actor</th><th>Event</th><th>What</th></tr>\n");
    for (TimelineEvent e : events) {
      b.append("<tr><td>")
          .append(when(e.at(), zone))
          .append("</td><td>")
          .append(escape(e.actor().id()))
          .append("</td><td>")
          .append(escape(e.kind()))
          .append("</td><td>")
          .append(escape(e.describe()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  /** UTC and, when the site is not on UTC, its local time. */
  static String when(Instant at, ZoneId zone) {
    return escape(TimeFormat.utcAndLocal(at, zone));
  }

  private static void row(StringBuilder b, String name, String valueHtml) {
    b.append("<tr><th>")
        .append(escape(name))
        .append("</th><td>")
        .append(valueHtml)
        .append("</td></tr>\n");
  }
}
