package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpHandler;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.IncidentService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page routes Beacon serves, each behind {@link WebAccess}. */
public final class WebPages {

  private WebPages() {}

  /** Path prefix to handler, for the HTTP listener. */
  public static Map<String, HttpHandler> routes(
      IncidentService incidents,
      Catalog catalog,
      Clock clock,
      WebAccess access,
      dev.beacon.commands.CommandDispatcher commands) {
    Map<String, HttpHandler> routes = new LinkedHashMap<>();
    // Review pages: the list (exact path), and one incident with its exports (longest prefix wins).
    routes.put(
        "/review/incidents", new GuardedPage(access, new IncidentListRoute(incidents, catalog)));
    routes.put(
        "/review/incidents/", new GuardedPage(access, new IncidentRoute(incidents, catalog)));
    routes.put(MetricsPage.PATH, new MetricsPage(incidents, catalog, clock, access));
    routes.put(FollowUpPage.PATH, new FollowUpPage(incidents, clock, access));
    routes.put(ReviewFormRoute.PATH, new ReviewFormRoute(commands, catalog, access));
    return routes;
  }
}
