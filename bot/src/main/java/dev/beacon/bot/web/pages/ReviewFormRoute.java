package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Reply;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /review/close/INC-n}: the post-incident review form. GET shows it; POST closes the
 * resolved incident with the review, as the configured person named in the form, through the same
 * {@code /incident close} command as chat (so the same checks and messages). Writing needs {@link
 * WebAccess}, and a browser's {@code Origin} must be this server (no cross-site posts).
 */
final class ReviewFormRoute implements HttpHandler {

  static final String PATH = "/review/close/";

  private static final int MAX_BODY = 64 * 1024;

  private final CommandDispatcher commands;
  private final Catalog catalog;
  private final WebAccess access;

  ReviewFormRoute(CommandDispatcher commands, Catalog catalog, WebAccess access) {
    this.commands = commands;
    this.catalog = catalog;
    this.access = access;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!access.allowed(exchange)) {
        PageResponse.html(exchange, 401, Html.message("Not allowed", access.refusal()));
        return;
      }
      Optional<IncidentId> id = incident(exchange);
      if (id.isEmpty()) {
        PageResponse.html(
            exchange, 404, Html.message("Not found", "Write the path as /review/close/INC-4."));
        return;
      }
      switch (exchange.getRequestMethod()) {
        case "GET", "HEAD" -> PageResponse.html(exchange, 200, form(id.get(), "", null));
        case "POST" -> submit(exchange, id.get());
        default -> {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
          PageResponse.html(exchange, 405, Html.message("Not allowed", "Use GET or POST."));
        }
      }
    }
  }

  private void submit(HttpExchange exchange, IncidentId id) throws IOException {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (origin != null && !origin.equals("http://" + host)) {
      PageResponse.html(
          exchange, 403, Html.message("Refused", "The review can only be sent from this server."));
      return;
    }
    byte[] raw = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
    if (raw.length > MAX_BODY) {
      PageResponse.html(exchange, 413, Html.message("Too long", "Keep the review under 64 KiB."));
      return;
    }
    QueryParameters form;
    try {
      form = QueryParameters.parse(new String(raw, StandardCharsets.UTF_8));
    } catch (BadParameter e) {
      PageResponse.html(exchange, 400, form(id, e.getMessage(), null));
      return;
    }
    String person = form.get("person").orElse("");
    if (catalog.person(person).isEmpty()) {
      PageResponse.html(exchange, 400, form(id, "Choose who you are: a configured person.", form));
      return;
    }
    String followUps =
        form.get("follow-ups")
            .orElse("")
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .collect(Collectors.joining("; "));
    Reply reply =
        commands.dispatchLine(
            Actor.person(person),
            "web",
            "/incident close "
                + id
                + " impact:"
                + quote(form.get("impact").orElse(""))
                + " root-cause:"
                + quote(form.get("root-cause").orElse(""))
                + " contributing:"
                + quote(form.get("contributing").orElse(""))
                + " follow-ups:"
                + quote(followUps));
    if (reply.error()) {
      PageResponse.html(exchange, 400, form(id, reply.text(), form));
      return;
    }
    exchange.getResponseHeaders().set("Location", "/review/incidents/" + id);
    PageResponse.html(
        exchange,
        303,
        Html.message(reply.title(), "The review is saved; see /review/incidents/" + id + "."));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String form(IncidentId id, String problem, QueryParameters given) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Review of ").append(Html.escape(id.toString())).append("</h1>");
    if (!problem.isEmpty()) {
      b.append("<p class=\"problem\"><strong>")
          .append(Html.escape(problem))
          .append("</strong></p>");
    }
    b.append("<form method=\"post\"><p><label>You are <select name=\"person\">");
    catalog
        .people()
        .forEach(
            p ->
                b.append("<option")
                    .append(
                        given != null && given.get("person").orElse("").equals(p.id())
                            ? " selected"
                            : "")
                    .append(" value=\"")
                    .append(Html.escape(p.id()))
                    .append("\">")
                    .append(Html.escape(p.id() + " (" + p.name() + ")"))
                    .append("</option>"));
    b.append("</select></label></p>");
    field(b, "impact", "Impact: who and what was hurt, for how long", given);
    field(b, "root-cause", "Root cause", given);
    field(b, "contributing", "Contributing factors", given);
    field(b, "follow-ups", "Follow-up actions, one per line (@owner due:YYYY-MM-DD)", given);
    b.append("<p><button type=\"submit\">Close ")
        .append(Html.escape(id.toString()))
        .append(" with this review</button></p></form>");
    return Html.page("Review of " + id, b.toString());
  }

  private static void field(StringBuilder b, String name, String label, QueryParameters given) {
    b.append("<p><label>")
        .append(Html.escape(label))
        .append("<br><textarea name=\"")
        .append(name)
        .append("\" rows=\"4\" cols=\"80\">")
        .append(Html.escape(given == null ? "" : given.get(name).orElse("")))
        .append("</textarea></label></p>");
  }

  private static Optional<IncidentId> incident(HttpExchange exchange) {
    String rest = exchange.getRequestURI().getPath().substring(PATH.length());
    try {
      return rest.matches("INC-\\d{1,18}") ? Optional.of(IncidentId.parse(rest)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
