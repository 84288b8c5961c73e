package dev.beacon.bot.web.pages;

import static dev.beacon.bot.web.pages.MetricsHtml.escape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.review.FollowUpBoard;
import dev.beacon.core.review.FollowUpItem;
import dev.beacon.core.review.TimeFormat;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /review/followups[?owner=wei]}: the follow-up board ({@link FollowUpBoard}) of every
 * closed incident, open actions first with owner and due date (overdue ones highlighted, due dates
 * judged in UTC), then done ones, flagged when the trouble came back afterwards. Private incidents'
 * titles are not shown.
 */
public final class FollowUpPage implements HttpHandler {

  /** The page's path. */
  public static final String PATH = "/review/followups";

  /** How many of the newest incidents are looked through. */
  static final int HISTORY = 1000;

  private final IncidentService incidents;
  private final Clock clock;
  private final WebAccess access;

  /** The board over {@code incidents}; "today" comes from {@code clock}, in UTC. */
  public FollowUpPage(IncidentService incidents, Clock clock, WebAccess access) {
    this.incidents = incidents;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!MetricsHtml.admitted(exchange, PATH, access)) {
        return;
      }
      Optional<String> owner;
      try {
        owner = owner(MetricsHtml.parameters(exchange));
      } catch (MetricsHtml.BadParameter e) {
        MetricsHtml.badRequest(exchange, e);
        return;
      }
      List<Incident> recent = incidents.recent(HISTORY);
      Set<String> hidden =
          recent.stream()
              .filter(Incident::privateIncident)
              .map(i -> i.id().toString())
              .collect(Collectors.toSet());
      LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
      List<FollowUpItem> items =
          FollowUpBoard.of(recent, incidents::timeline, today).stream()
              .filter(i -> owner.isEmpty() || i.followUp().owner().equals(owner))
              .toList();
      MetricsHtml.send(exchange, 200, html(items, owner, today, hidden));
    }
  }

  private static Optional<String> owner(Map<String, String> params)
      throws MetricsHtml.BadParameter {
    String owner = params.get("owner");
    if (owner == null) {
      return Optional.empty();
    }
    owner = owner.strip();
    if (owner.startsWith("@")) {
      owner = owner.substring(1);
    }
    if (owner.isEmpty() || owner.length() > 100 || !owner.matches("[\\p{L}\\p{N}._-]+")) {
      throw new MetricsHtml.BadParameter("owner", "expected a person id such as wei");
    }
    return Optional.of(owner);
  }

  private static String html(
      List<FollowUpItem> items, Optional<String> owner, LocalDate today, Set<String> hidden) {
    long open = items.stream().filter(i -> i.doneAt().isEmpty()).count();
    long overdue = items.stream().filter(FollowUpItem::overdue).count();
    StringBuilder body = new StringBuilder("<form method=\"get\"><p>Owner <input name=\"owner\"");
    owner.ifPresent(o -> body.append(" value=\"").append(escape(o)).append('"'));
    body.append("> <button>Filter</button></p></form><p class=\"summary\">")
        .append(open)
        .append(" open, ")
        .append(overdue)
        .append(" overdue")
        .append(owner.map(o -> " for " + escape(o)).orElse(""))
        .append(" (today is ")
        .append(today)
        .append(" UTC).</p>");
    if (items.isEmpty()) {
      body.append("<p>No follow-up actions. Closing an incident with")
          .append(" follow-ups:\"... @owner due:YYYY-MM-DD\" adds them.</p>");
      return MetricsHtml.page("Follow-up actions", body.toString());
    }
    body.append("<table class=\"followups\"><tr><th>Incident</th><th>#</th><th>Action</th>")
        .append("<th>Owner</th><th>Due</th><th>State</th><th>Trouble came back</th></tr>");
    for (FollowUpItem i : items) {
      String id = i.incident().toString();
      String title = hidden.contains(id) ? "(private incident)" : i.title();
      body.append(i.overdue() ? "<tr class=\"overdue\">" : "<tr>")
          .append(td(id + " " + title))
          .append(td(String.valueOf(i.number())))
          .append(td(i.followUp().action()))
          .append(td(i.followUp().owner().orElse("-")))
          .append(td(i.followUp().due().map(LocalDate::toString).orElse("-")))
          .append(td(state(i)))
          .append(
              i.recurrence()
                  .map(r -> "<td class=\"flag\">" + escape("Yes: " + r) + "</td>")
                  .orElse(td(i.doneAt().isPresent() ? "no" : "")))
          .append("</tr>");
    }
    body.append("</table>");
    return MetricsHtml.page("Follow-up actions", body.toString());
  }

  private static String state(FollowUpItem i) {
    if (i.doneAt().isPresent()) {
      return "done " + TimeFormat.utc(i.doneAt().get());
    }
    return i.overdue() ? "OVERDUE" : "open";
  }

  private static String td(String text) {
    return "<td>" + escape(text) + "</td>";
  }
}
