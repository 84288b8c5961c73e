package dev.beacon.bot.web.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.pages.WebAccess;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every console route does first. The console acts as any configured person, so it is for this
 * machine only: {@link WebAccess} must let the client in and the client must be on loopback (a
 * token alone is not enough); the {@code Host} must name loopback (a page on another site that
 * rebinds its DNS name to 127.0.0.1 is refused); and a request carrying an {@code Origin} must come
 * from the console's own origin (another site's form cannot post commands).
 */
final class ConsoleGuard implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleGuard.class);
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  private final WebAccess access;
  private final HttpHandler route;

  ConsoleGuard(WebAccess access, HttpHandler route) {
    this.access = access;
    this.route = route;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      if (!access.allowed(exchange)
          || !exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
        ConsoleResponse.text(
            exchange, 403, "The console is for this machine only: open it on 127.0.0.1.");
        return;
      }
      String host = exchange.getRequestHeaders().getFirst("Host");
      if (host == null || !LOOPBACK_HOSTS.contains(hostName(host))) {
        ConsoleResponse.text(exchange, 403, "The console answers only to 127.0.0.1 or localhost.");
        return;
      }
      String origin = exchange.getRequestHeaders().getFirst("Origin");
      if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
        ConsoleResponse.text(exchange, 403, "Commands come only from the console's own page.");
        return;
      }
      route.handle(exchange);
    } catch (RuntimeException e) {
      String ref = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("ref {}: console {} failed", ref, exchange.getRequestURI().getPath(), e);
      ConsoleResponse.text(exchange, 500, "Something broke (ref " + ref + ").");
    }
  }

  private static String hostName(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
