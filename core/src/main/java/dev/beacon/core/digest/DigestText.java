package dev.beacon.core.digest;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.metrics.DurationStats;
import dev.beacon.core.metrics.MetricsReport;
import dev.beacon.core.metrics.ResponseTimes;
import dev.beacon.core.metrics.Share;
import dev.beacon.core.review.FollowUpItem;
import dev.beacon.core.review.TimeFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The digest's words: one short line per fact, for a chat channel. Numbers come from {@link
 * MetricsReport} (drills apart, as on the metrics page), follow-ups from the follow-up board, and
 * the incidents open at the time of posting.
 */
final class DigestText {

  /** Most overdue follow-ups and open incidents listed by name. */
  static final int LISTED = 5;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private DigestText() {}

  static String render(
      MetricsReport report,
      ZoneId zone,
      List<FollowUpItem> followUps,
      List<Incident> openNow,
      Instant from,
      Instant to) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "**Weekly incident digest**: "
            + WHEN.format(from.atZone(zone))
            + " to "
            + WHEN.format(to.atZone(zone))
            + " ("
            + zone.getId()
            + ")");
    ResponseTimes all = report.overall();
    if (all.incidents() == 0) {
      lines.add("No incidents declared.");
    } else {
      lines.add(
          "Incidents: "
              + all.incidents()
              + " declared ("
              + bySeverity(report.bySeverity())
              + "); "
              + all.notResolved()
              + " not resolved by the end of the week");
      lines.add("Time to acknowledge: " + stats(all.toAcknowledge(), all.notAcknowledged()));
      lines.add("Time to resolve: " + stats(all.toResolve(), all.notResolved()));
      recurrences(report.recurrenceByService()).ifPresent(lines::add);
      lines.add(
          "Escalations: "
              + report.escalations().escalations()
              + " (in "
              + share(report.escalations().escalatedIncidents())
              + " incidents)");
      lines.add(
          "Update cadence kept: "
              + share(report.cadence().windows())
              + " windows; runbook posted in "
              + share(report.runbooks().incidents())
              + " incidents");
    }
    if (report.satisfaction().ratings() > 0) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Stakeholder rating: %.1f of 5 from %d ratings",
              report.satisfaction().average().orElse(0),
              report.satisfaction().ratings()));
    }
    lines.addAll(followUps(followUps, from, to));
    if (!openNow.isEmpty()) {
      lines.add("Open now: " + openNow.size());
      openNow.stream()
          .limit(LISTED)
          .forEach(
              i ->
                  lines.add(
                      "- "
                          + i.id()
                          + " ["
                          + i.severity()
                          + "] "
                          + i.title()
                          + " ("
                          + i.status().label()
                          + ", declared "
                          + TimeFormat.span(java.time.Duration.between(i.createdAt(), to))
                          + " ago)"));
    }
    if (report.drills().drills() > 0) {
      lines.add("Drills: " + report.drills().drills() + " (not counted above)");
    }
    return String.join("\n", lines);
  }

  private static String bySeverity(Map<Severity, ResponseTimes> bySeverity) {
    List<String> parts = new ArrayList<>();
    bySeverity.forEach(
        (severity, times) -> {
          if (times.incidents() > 0) {
            parts.add(severity + " " + times.incidents());
          }
        });
    return String.join(", ", parts);
  }

  private static String stats(DurationStats stats, int missing) {
    if (stats.count() == 0) {
      return "none yet";
    }
    return "median "
        + TimeFormat.span(stats.median().orElseThrow())
        + ", p90 "
        + TimeFormat.span(stats.p90().orElseThrow())
        + (missing > 0 ? " (" + missing + " not yet)" : "");
  }

  private static Optional<String> recurrences(Map<String, Share> byService) {
    List<String> parts = new ArrayList<>();
    byService.forEach(
        (service, share) -> {
          if (share.count() > 0) {
            parts.add((service.isEmpty() ? "(no service)" : service) + " " + share(share));
          }
        });
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("Recurrences: " + String.join(", ", parts));
  }

  private static List<String> followUps(List<FollowUpItem> items, Instant from, Instant to) {
    List<FollowUpItem> overdue = items.stream().filter(FollowUpItem::overdue).toList();
    long done =
        items.stream()
            .filter(i -> i.doneAt().filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
            .count();
    long notWorking = items.stream().filter(i -> i.recurrence().isPresent()).count();
    if (overdue.isEmpty() && done == 0 && notWorking == 0) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "Follow-ups: "
            + overdue.size()
            + " overdue, "
            + done
            + " done this week"
            + (notWorking > 0 ? ", " + notWorking + " followed by the same trouble again" : ""));
    overdue.stream().limit(LISTED).forEach(i -> lines.add("- " + i.line()));
    return lines;
  }

  private static String share(Share share) {
    return share.count() + " of " + share.of();
  }
}
