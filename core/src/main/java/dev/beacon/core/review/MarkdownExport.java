package dev.beacon.core.review;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Status;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes an incident and its whole timeline as Markdown, for the post-incident review and the team
 * wiki: a summary table, the review once closed, and every event with its UTC and site-local time
 * and its actor.
 */
public final class MarkdownExport {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Catalog catalog;

  /** Looks sites and services up in {@code catalog}. */
  public MarkdownExport(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The Markdown document. */
  public String render(Incident incident, List<TimelineEvent> timeline) {
    Optional<Site> site = catalog.site(incident.site());
    ZoneId zone = site.map(Site::zone).orElse(null);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(incident.id()).append(' ').append(cell(incident.title())).append("\n\n");
    if (incident.drill()) {
      md.append("> This incident was a drill.\n\n");
    }
    if (!incident.description().isEmpty()) {
      md.append(html(incident.description())).append("\n\n");
    }
    md.append("| | |\n|---|---|\n");
    row(md, "Severity", incident.severity() + " (" + incident.severity().meaning() + ")");
    row(md, "Status", incident.status().label());
    row(
        md,
        "Services",
        incident.services().isEmpty() ? "-" : String.join(", ", incident.services()));
    row(md, "Site", site.map(s -> s.name() + " (" + s.zone() + ")").orElse("-"));
    for (Role role : Role.values()) {
      incident.holder(role).ifPresent(a -> row(md, role.label(), a.id()));
    }
    row(md, "Private", incident.privateIncident() ? "yes" : "no");
    row(md, "Declared", TimeFormat.utcAndLocal(incident.createdAt(), zone));
    first(timeline, Acknowledged.class)
        .ifPresent(at -> row(md, "Time to acknowledge", since(incident.createdAt(), at)));
    first(timeline, Mitigated.class)
        .ifPresent(at -> row(md, "Time to mitigate", since(incident.createdAt(), at)));
    if (incident.status() == Status.RESOLVED || incident.status() == Status.CLOSED) {
      last(timeline, Resolved.class)
          .ifPresent(at -> row(md, "Time to resolve", since(incident.createdAt(), at)));
    }
    incident
        .closingReview()
        .ifPresent(
            review -> {
              md.append("\n## Review\n\n### Impact\n\n")
                  .append(html(review.impact()))
                  .append("\n\n");
              md.append("### Root cause\n\n").append(html(review.rootCause())).append("\n\n");
              if (!review.contributingFactors().isEmpty()) {
                md.append("### Contributing factors\n\n")
                    .append(html(review.contributingFactors()))
                    .append("\n\n");
              }
              md.append("### Follow-up actions\n\n");
              if (review.followUps().isEmpty()) {
                md.append("None recorded.\n");
              }
              review
                  .followUps()
                  .forEach(f -> md.append("- [ ] ").append(html(f.describe())).append('\n'));
            });
    md.append("\n## Timeline\n\n");
    String local = site.map(s -> "Local (" + s.name() + ")").orElse("Local");
    md.append("| Time (UTC) | ").append(local).append(" | Actor | Event |\n|---|---|---|---|\n");
    for (TimelineEvent e : timeline) {
      md.append("| ")
          .append(TimeFormat.utc(e.at()))
          .append(" | ")
          .append(zone == null ? "-" : LOCAL.format(e.at().atZone(zone)))
          .append(" | ")
          .append(cell(e.actor().id()))
          .append(" | ")
          .append(cell(e.describe()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static Optional<Instant> last(List<TimelineEvent> timeline, Class<?> kind) {
    return timeline.stream().filter(kind::isInstance).map(TimelineEvent::at).reduce((a, b) -> b);
  }

  private static Optional<Instant> first(List<TimelineEvent> timeline, Class<?> kind) {
    return timeline.stream().filter(kind::isInstance).map(TimelineEvent::at).findFirst();
  }

  private static String since(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    long h = d.toHours();
    long m = d.toMinutesPart();
    long s = d.toSecondsPart();
    return (h > 0 ? h + "h " : "") + (h > 0 || m > 0 ? m + "m " : "") + s + "s";
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
  }

  /** Keeps a value inside its table cell: pipes escaped, line breaks as {@code <br>}. */
  private static String cell(String text) {
    return html(text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", ""))
        .replace("\n", "<br>");
  }

  /** Keeps text from becoming markup when the page is published (e.g. to a wiki). */
  private static String html(String text) {
    return text.replace("<", "&lt;");
  }
}
