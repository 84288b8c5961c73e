package dev.beacon.bot.web.pages;

import static dev.beacon.bot.web.pages.Html.escape;

import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.MessageEdited;
import dev.beacon.core.timeline.MessageReleased;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chat messages put on the record, each with its author, time, text and attachments, its later
 * edits below it, and withdrawn ones struck through (the record keeps them).
 */
final class CapturedMessagesSection {

  private final ZoneId zone;

  CapturedMessagesSection(ZoneId zone) {
    this.zone = zone;
  }

  void render(StringBuilder b, List<TimelineEvent> timeline) {
    b.append("<h2>Captured chat messages</h2>\n");
    Map<String, List<TimelineEvent>> byLink = new LinkedHashMap<>();
    for (TimelineEvent e : timeline) {
      if (e instanceof MessageCaptured c) {
        byLink.computeIfAbsent(c.link(), k -> new ArrayList<>()).add(e);
      } else if (e instanceof MessageEdited m && byLink.containsKey(m.link())) {
        byLink.get(m.link()).add(e);
      } else if (e instanceof MessageReleased r && byLink.containsKey(r.link())) {
        byLink.get(r.link()).add(e);
      }
    }
    if (byLink.isEmpty()) {
      b.append("<p>None.</p>\n");
      return;
    }
    b.append("<ul>\n");
    byLink.forEach((link, events) -> message(b, link, events));
    b.append("</ul>\n");
  }

  private void message(StringBuilder b, String link, List<TimelineEvent> events) {
    boolean withdrawn = events.get(events.size() - 1) instanceof MessageReleased;
    b.append("<li").append(withdrawn ? " class=\"withdrawn\"" : "").append('>');
    for (TimelineEvent e : events) {
      if (e instanceof MessageCaptured c) {
        b.append("<p><b>")
            .append(escape(c.author()))
            .append("</b> at ")
            .append(IncidentPage.when(c.sentAt(), zone))
            .append(" (captured by ")
            .append(escape(c.actor().id()))
            .append("): ")
            .append(escape(c.content()));
        if (!c.attachments().isEmpty()) {
          b.append(" <span class=\"muted\">[attachments: ")
              .append(escape(String.join(", ", c.attachments())))
              .append("]</span>");
        }
        b.append(" ").append(Html.link(link, "link")).append("</p>");
      } else if (e instanceof MessageEdited m) {
        b.append("<p>edited at ")
            .append(IncidentPage.when(m.editedAt(), zone))
            .append(": ")
            .append(escape(m.content()))
            .append("</p>");
      } else if (e instanceof MessageReleased r) {
        b.append("<p>withdrawn from the record by ")
            .append(escape(r.actor().id()))
            .append(" at ")
            .append(IncidentPage.when(r.at(), zone))
            .append("</p>");
      }
    }
    b.append("</li>\n");
  }
}
