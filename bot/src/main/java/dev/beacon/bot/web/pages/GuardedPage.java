package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every page route does first: 401 unless {@link WebAccess} lets the client in, 405 unless GET
 * or HEAD; then the page, with an unexpected failure answered 500 and a reference to the log.
 */
final class GuardedPage implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedPage.class);

  private final WebAccess access;
  private final HttpHandler page;

  GuardedPage(WebAccess access, HttpHandler page) {
    this.access = access;
    this.page = page;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!access.allowed(exchange)) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        PageResponse.html(exchange, 401, Html.message("Not allowed", access.refusal()));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        PageResponse.html(
            exchange, 405, Html.message("Read-only", "These pages are read-only: use GET."));
        return;
      }
      try {
        page.handle(exchange);
      } catch (RuntimeException e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("ref {}: page {} failed", ref, exchange.getRequestURI().getPath(), e);
        PageResponse.html(
            exchange, 500, Html.message("Internal error", "Something broke (ref " + ref + ")."));
      }
    }
  }
}
