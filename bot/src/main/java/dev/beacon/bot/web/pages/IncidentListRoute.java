package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import java.io.IOException;
import java.util.List;

/** {@code GET /review/incidents}: the filtered list; 400 naming a bad filter. */
final class IncidentListRoute implements HttpHandler {

  /** How many of the newest incidents the list searches. */
  static final int NEWEST = 1000;

  private final IncidentService incidents;
  private final Catalog catalog;
  private final IncidentListPage page;

  IncidentListRoute(IncidentService incidents, Catalog catalog) {
    this.incidents = incidents;
    this.catalog = catalog;
    this.page = new IncidentListPage(catalog);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!path.equals("/review/incidents")) {
      PageResponse.html(exchange, 404, Html.message("Not found", "There is no page " + path + "."));
      return;
    }
    IncidentFilter filter;
    try {
      filter =
          IncidentFilter.parse(
              QueryParameters.parse(exchange.getRequestURI().getRawQuery()), catalog);
    } catch (BadParameter e) {
      PageResponse.html(
          exchange, 400, Html.message("Bad filter: " + e.parameter(), e.getMessage()));
      return;
    }
    List<Incident> newest = incidents.recent(NEWEST);
    List<Incident> shown = newest.stream().filter(filter::matches).toList();
    PageResponse.html(exchange, 200, page.render(filter, shown, newest.size() >= NEWEST));
  }
}
