package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.review.MarkdownExport;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.integrations.export.JsonExport;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code GET /review/incidents/INC-n} (the page), {@code INC-n.md} (Markdown export) and {@code
 * INC-n.json} (JSON export); 404 naming the incidents that exist.
 */
final class IncidentRoute implements HttpHandler {

  private static final Pattern PATH =
      Pattern.compile("/review/incidents/(INC-[0-9]{1,18})(\\.md|\\.json)?");

  /** How many existing numbers a 404 page names. */
  private static final int NAMED = 20;

  private final IncidentService incidents;
  private final IncidentPage page;
  private final MarkdownExport markdown;

  IncidentRoute(IncidentService incidents, Catalog catalog) {
    this.incidents = incidents;
    this.page = new IncidentPage(catalog);
    this.markdown = new MarkdownExport(catalog);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Matcher m = PATH.matcher(path);
    Optional<Incident> incident = Optional.empty();
    if (m.matches() && Long.parseLong(m.group(1).substring(4)) > 0) {
      incident = incidents.find(IncidentId.parse(m.group(1)));
    }
    if (incident.isEmpty()) {
      PageResponse.html(exchange, 404, Html.message("No such incident", notFound(path)));
      return;
    }
    Incident i = incident.get();
    List<TimelineEvent> timeline = incidents.timeline(i.id());
    String format = m.group(2) == null ? "" : m.group(2);
    switch (format) {
      case ".md" ->
          PageResponse.send(exchange, 200, PageResponse.MARKDOWN, markdown.render(i, timeline));
      case ".json" ->
          PageResponse.send(exchange, 200, PageResponse.JSON, JsonExport.render(i, timeline));
      default -> PageResponse.html(exchange, 200, page.render(i, timeline));
    }
  }

  private String notFound(String path) {
    List<Incident> newest = incidents.recent(NAMED + 1);
    String what =
        "There is no incident at " + path + " (incident pages are /review/incidents/INC-42). ";
    if (newest.isEmpty()) {
      return what + "No incidents exist yet.";
    }
    String named =
        newest.stream().limit(NAMED).map(i -> i.id().toString()).collect(Collectors.joining(", "));
    return what
        + "Incidents that exist: "
        + named
        + (newest.size() > NAMED ? " and older ones (see the list)." : ".");
  }
}
