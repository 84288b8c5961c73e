package dev.beacon.bot.web.pages;

import static dev.beacon.bot.web.pages.MetricsHtml.duration;
import static dev.beacon.bot.web.pages.MetricsHtml.escape;
import static dev.beacon.bot.web.pages.MetricsHtml.percent;

import dev.beacon.core.metrics.DurationStats;
import dev.beacon.core.metrics.IsoWeek;
import dev.beacon.core.metrics.MetricsReport;
import dev.beacon.core.metrics.ResponseTimes;
import dev.beacon.core.metrics.Share;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Writes a {@link MetricsReport} as the metrics page's HTML: tables, then SVG charts. */
final class MetricsView {

  private final MetricsReport report;
  private final Duration recurrenceWindow;
  private final StringBuilder html = new StringBuilder();

  MetricsView(MetricsReport report, Duration recurrenceWindow) {
    this.report = report;
    this.recurrenceWindow = recurrenceWindow;
  }

  String html() {
    var from = report.period().from().atOffset(ZoneOffset.UTC).toLocalDate();
    var to = report.period().to().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
    html.append("<form method=\"get\"><p>From <input type=\"date\" name=\"from\" value=\"")
        .append(from)
        .append("\"> to <input type=\"date\" name=\"to\" value=\"")
        .append(to)
        .append("\"> (UTC, both included) <button>Show</button></p></form>")
        .append("<p class=\"summary\">")
        .append(report.incidents())
        .append(" incidents declared from ")
        .append(from)
        .append(" to ")
        .append(to)
        .append(" (UTC); drills are counted apart, at the end.</p>");
    responseTimes();
    weeks();
    recurrence();
    coverage();
    escalations();
    satisfaction();
    drills();
    return MetricsHtml.page("Incident metrics", html.toString());
  }

  private void responseTimes() {
    html.append("<h2>Response times</h2>");
    table("Overall", Map.of("all incidents", report.overall()), k -> k);
    table("By site", report.bySite(), k -> k.isEmpty() ? "(no site)" : k);
    table("By service", report.byService(), k -> k.isEmpty() ? "(no service)" : k);
    table("By severity", report.bySeverity(), Enum::name);
  }

  private <K> void table(String title, Map<K, ResponseTimes> groups, Function<K, String> name) {
    html.append("<h3>").append(escape(title)).append("</h3>");
    if (groups.isEmpty()) {
      html.append("<p>No incidents.</p>");
      return;
    }
    html.append("<table class=\"times\"><tr><th>Group</th><th>Incidents</th>")
        .append("<th>Acknowledge median</th><th>p90</th><th>Not acknowledged</th>")
        .append("<th>Mitigate median</th><th>p90</th>")
        .append("<th>Resolve median</th><th>p90</th><th>Not resolved</th></tr>");
    groups.forEach(
        (key, t) -> {
          html.append("<tr><td>").append(escape(name.apply(key))).append("</td>");
          cell(String.valueOf(t.incidents()));
          stats(t.toAcknowledge());
          cell(String.valueOf(t.notAcknowledged()));
          stats(t.toMitigate());
          stats(t.toResolve());
          cell(String.valueOf(t.notResolved()));
          html.append("</tr>");
        });
    html.append("</table>");
  }

  private void stats(DurationStats s) {
    String n = " (n=" + s.count() + ")";
    cell(s.median().map(MetricsHtml::duration).map(d -> d + n).orElse("-"));
    cell(s.p90().map(MetricsHtml::duration).orElse("-"));
  }

  private void cell(String text) {
    html.append("<td class=\"n\">").append(escape(text)).append("</td>");
  }

  private void weeks() {
    html.append("<h2>Per week (UTC ISO weeks)</h2>");
    List<SvgChart.Point> counts = new ArrayList<>();
    report.incidentsPerWeek().forEach((w, n) -> counts.add(new SvgChart.Point(label(w), n)));
    chart(SvgChart.bars("Incidents per week", counts, v -> String.valueOf(Math.round(v))));
    List<String> labels = report.byWeek().keySet().stream().map(MetricsView::label).toList();
    chart(weekly("Time to acknowledge per week", labels, ResponseTimes::toAcknowledge));
    chart(weekly("Time to resolve per week", labels, ResponseTimes::toResolve));
  }

  private String weekly(
      String title, List<String> labels, Function<ResponseTimes, DurationStats> measure) {
    List<OptionalDouble> medians = new ArrayList<>();
    List<OptionalDouble> p90s = new ArrayList<>();
    for (ResponseTimes t : report.byWeek().values()) {
      medians.add(inMinutes(measure.apply(t).median()));
      p90s.add(inMinutes(measure.apply(t).p90()));
    }
    return SvgChart.lines(
        title,
        labels,
        List.of(new SvgChart.Series("median", medians), new SvgChart.Series("p90", p90s)),
        MetricsHtml::minutes);
  }

  private static OptionalDouble inMinutes(Optional<Duration> d) {
    return d.map(x -> OptionalDouble.of(x.toSeconds() / 60.0)).orElse(OptionalDouble.empty());
  }

  private void recurrence() {
    html.append("<h2>Recurrence</h2><p>A recurrence: the same service, or the same alert, in")
        .append(" trouble again within ")
        .append(escape(duration(recurrenceWindow)))
        .append(" of a resolution.</p>");
    shares("By service", "Recurrence rate by service", report.recurrenceByService());
    shares("By alert fingerprint", "Recurrence rate by alert", report.recurrenceByFingerprint());
  }

  private void shares(String heading, String chartTitle, Map<String, Share> shares) {
    html.append("<h3>").append(escape(heading)).append("</h3>");
    List<SvgChart.Point> rates = new ArrayList<>();
    html.append("<table class=\"shares\"><tr><th></th><th>Recurrences</th><th>Rate</th></tr>");
    shares.forEach(
        (key, share) -> {
          rates.add(new SvgChart.Point(key, share.fraction().orElse(0) * 100));
          row(key, share);
        });
    html.append("</table>");
    chart(SvgChart.bars(chartTitle, rates, MetricsHtml::percent));
  }

  private void row(String name, Share share) {
    html.append("<tr><td>").append(escape(name)).append("</td>");
    cell(share.toString());
    cell(percent(share.fraction()));
    html.append("</tr>");
  }

  private void coverage() {
    var runbooks = report.runbooks();
    var cadence = report.cadence();
    html.append("<h2>Runbooks and status updates</h2>")
        .append("<table class=\"shares\"><tr><th></th><th>Count</th><th>Share</th></tr>");
    row("Catalogue services with a runbook", runbooks.services());
    row("Incidents with a runbook posted", runbooks.incidents());
    row("Update windows within the cadence", cadence.windows());
    row("Incidents always updated in time", cadence.incidents());
    html.append("</table><p>")
        .append(runbooks.incidentsWithoutService())
        .append(" incidents had no service (so no runbook); ")
        .append(cadence.notAssessed())
        .append(" incidents had no update cadence for their severity.</p>");
    chart(
        SvgChart.bars(
            "Runbook coverage",
            List.of(
                point("services", runbooks.services()), point("incidents", runbooks.incidents())),
            MetricsHtml::percent));
    chart(
        SvgChart.bars(
            "Update-cadence compliance",
            List.of(point("windows", cadence.windows()), point("incidents", cadence.incidents())),
            MetricsHtml::percent));
  }

  private static SvgChart.Point point(String label, Share share) {
    return new SvgChart.Point(label + " " + share, share.fraction().orElse(0) * 100);
  }

  private void escalations() {
    var e = report.escalations();
    html.append("<h2>Escalations</h2><table class=\"shares\"><tr><th></th><th>Value</th></tr>")
        .append("<tr><td>Escalations</td>");
    cell(String.valueOf(e.escalations()));
    html.append("</tr><tr><td>Escalations per incident</td>");
    cell(
        e.perIncident().isPresent()
            ? String.format(java.util.Locale.ROOT, "%.2f", e.perIncident().getAsDouble())
            : "-");
    html.append("</tr>");
    row("Incidents escalated at least once", e.escalatedIncidents());
    html.append("</table>");
  }

  private void satisfaction() {
    var s = report.satisfaction();
    html.append("<h2>Stakeholder satisfaction</h2><p>")
        .append(
            s.average().isPresent()
                ? String.format(java.util.Locale.ROOT, "%.1f", s.average().getAsDouble())
                    + " out of 5 from "
                    + s.ratings()
                    + (s.ratings() == 1 ? " rating" : " ratings")
                    + " on "
                    + s.incidentsRated()
                    + (s.incidentsRated() == 1 ? " incident" : " incidents")
                : "No ratings yet: stakeholders are asked at close (/incident rate).")
        .append("</p>");
  }

  private void drills() {
    var d = report.drills();
    html.append("<section class=\"drills\"><h2>Drills (counted apart)</h2><p>")
        .append(d.drills())
        .append(d.drills() == 1 ? " drill" : " drills")
        .append(" declared, with ")
        .append(d.escalations())
        .append(" escalations. They are in none of the numbers above.</p>");
    List<SvgChart.Point> perWeek = new ArrayList<>();
    d.perWeek().forEach((w, n) -> perWeek.add(new SvgChart.Point(label(w), n)));
    chart(SvgChart.bars("Drills per week", perWeek, v -> String.valueOf(Math.round(v))));
    html.append("</section>");
  }

  private void chart(String svg) {
    html.append(svg);
  }

  private static String label(IsoWeek week) {
    return String.format("W%02d", week.week());
  }
}
