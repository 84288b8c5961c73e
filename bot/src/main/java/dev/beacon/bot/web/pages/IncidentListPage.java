package dev.beacon.bot.web.pages;

import static dev.beacon.bot.web.pages.Html.escape;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.review.TimeFormat;
import java.util.List;
import java.util.Optional;

/** Renders the incident list: the filter form, then one row per incident, newest first. */
final class IncidentListPage {

  private final Catalog catalog;

  IncidentListPage(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The page for {@code incidents} (already filtered); {@code capped} when older ones were cut. */
  String render(IncidentFilter filter, List<Incident> incidents, boolean capped) {
    StringBuilder b = new StringBuilder("<h1>Incidents</h1>\n");
    form(b, filter);
    if (incidents.isEmpty()) {
      b.append("<p>No incidents match.</p>\n");
    } else {
      b.append("<p>")
          .append(incidents.size())
          .append(incidents.size() == 1 ? " incident" : " incidents")
          .append(capped ? " (only the newest are searched)" : "")
          .append(".</p>\n<table>\n<tr><th>Number</th><th>Title</th><th>Severity</th>")
          .append("<th>Status</th><th>Services</th><th>Site</th><th>Declared (UTC)</th></tr>\n");
      incidents.forEach(i -> row(b, i));
      b.append("</table>\n");
    }
    return Html.page("Incidents", b.toString());
  }

  private void row(StringBuilder b, Incident i) {
    b.append("<tr><td><a href=\"/review/incidents/")
        .append(i.id())
        .append("\">")
        .append(i.id())
        .append("</a></td><td>")
        .append(escape(i.title()))
        .append(i.drill() ? " <span class=\"tag\">drill</span>" : "")
        .append(i.privateIncident() ? " <span class=\"tag\">private</span>" : "")
        .append("</td><td>")
        .append(i.severity())
        .append("</td><td>")
        .append(i.status().label())
        .append("</td><td>")
        .append(escape(String.join(", ", i.services())))
        .append("</td><td>")
        .append(escape(catalog.site(i.site()).map(Site::name).orElse(i.site())))
        .append("</td><td>")
        .append(TimeFormat.utc(i.createdAt()))
        .append("</td></tr>\n");
  }

  private void form(StringBuilder b, IncidentFilter f) {
    b.append("<form method=\"get\" action=\"/review/incidents\">\n");
    select(b, "status", IncidentFilter.statuses(), f.status());
    select(
        b,
        "severity",
        java.util.Arrays.stream(Severity.values()).map(Enum::name).toList(),
        f.severity().map(Enum::name));
    select(b, "service", catalog.services().stream().map(ServiceInfo::id).toList(), f.service());
    select(b, "site", catalog.sites().stream().map(Site::id).toList(), f.site());
    input(b, "from", "date", f.from().map(Object::toString));
    input(b, "to", "date", f.to().map(Object::toString));
    input(b, "q", "search", f.text());
    b.append("<button type=\"submit\">Filter</button> <a href=\"/review/incidents\">clear</a>")
        .append("\n</form>\n");
  }

  private static void select(
      StringBuilder b, String name, List<String> options, Optional<String> chosen) {
    b.append("<label>").append(name).append(" <select name=\"").append(name).append("\">");
    b.append("<option value=\"\">any</option>");
    for (String o : options) {
      b.append("<option")
          .append(chosen.filter(o::equals).isPresent() ? " selected" : "")
          .append(">")
          .append(escape(o))
          .append("</option>");
    }
    b.append("</select></label>\n");
  }

  private static void input(StringBuilder b, String name, String type, Optional<String> value) {
    b.append("<label>")
        .append(name.equals("q") ? "search" : name)
        .append(" <input type=\"")
        .append(type)
        .append("\" name=\"")
        .append(name)
        .append("\" value=\"")
        .append(escape(value.orElse("")))
        .append("\"></label>\n");
  }
}
