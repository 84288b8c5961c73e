package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.metrics.IncidentHistory;
import dev.beacon.core.metrics.IncidentMetrics;
import dev.beacon.core.metrics.MetricsInput;
import dev.beacon.core.metrics.MetricsReport;
import dev.beacon.core.metrics.Period;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /review/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD}: the review metrics of the UTC days
 * {@code from} to {@code to} (both included) as tables and SVG charts. Without them: the last 12
 * ISO weeks (UTC), the current one included, Monday to Sunday. The metrics are {@link
 * IncidentMetrics}'s; incidents declared before {@code from} are passed too, so that recurrences of
 * them are seen.
 */
public final class MetricsPage implements HttpHandler {

  /** The page's path. */
  public static final String PATH = "/review/metrics";

  /** How many of the newest incidents are read: the store's whole history in practice. */
  static final int HISTORY = 1000;

  /** How soon after a resolution the same trouble counts as a recurrence. */
  static final Duration RECURRENCE_WINDOW = Duration.ofDays(7);

  /** The longest period one page covers, so a typo cannot ask for centuries. */
  static final long MAX_DAYS = 731;

  private static final int DEFAULT_WEEKS = 12;

  private final IncidentService incidents;
  private final Catalog catalog;
  private final Clock clock;
  private final WebAccess access;

  /** The page over {@code incidents}, with {@code catalog}'s services and service levels. */
  public MetricsPage(IncidentService incidents, Catalog catalog, Clock clock, WebAccess access) {
    this.incidents = incidents;
    this.catalog = catalog;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!MetricsHtml.admitted(exchange, PATH, access)) {
        return;
      }
      Period period;
      try {
        period = period(MetricsHtml.parameters(exchange));
      } catch (MetricsHtml.BadParameter e) {
        MetricsHtml.badRequest(exchange, e);
        return;
      }
      MetricsReport report = IncidentMetrics.compute(input(period));
      MetricsHtml.send(exchange, 200, new MetricsView(report, RECURRENCE_WINDOW).html());
    }
  }

  /** The period asked for: whole UTC days, {@code to} included. */
  Period period(Map<String, String> params) throws MetricsHtml.BadParameter {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    LocalDate from = date(params, "from", monday.minusWeeks(DEFAULT_WEEKS - 1L));
    LocalDate to = date(params, "to", monday.plusDays(6));
    if (to.isBefore(from)) {
      throw new MetricsHtml.BadParameter("to", to + " is before from (" + from + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new MetricsHtml.BadParameter("to", "a page covers at most " + MAX_DAYS + " days");
    }
    return new Period(
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static LocalDate date(Map<String, String> params, String name, LocalDate otherwise)
      throws MetricsHtml.BadParameter {
    String value = params.get(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new MetricsHtml.BadParameter(name, "expected a date YYYY-MM-DD, got \"" + value + "\"");
    }
  }

  /**
   * Every incident declared before the period's end, with its timeline: those before {@code from}
   * only matter for recurrences, and more is harmless (only the period's incidents are counted).
   */
  private MetricsInput input(Period period) {
    List<IncidentHistory> histories =
        incidents.recent(HISTORY).stream()
            .filter(i -> i.createdAt().isBefore(period.to()))
            .map(this::history)
            .toList();
    return new MetricsInput(histories, catalog, period, RECURRENCE_WINDOW);
  }

  private IncidentHistory history(Incident incident) {
    return new IncidentHistory(incident, incidents.timeline(incident.id()));
  }
}
