package dev.beacon.core.alerts;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.TextRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An incident's title, description and services, made from alerts. Text from machines is taken as
 * it can be, never refused: unprintable characters become spaces and it is cut to Beacon's limits.
 */
final class AlertTexts {

  /** Annotations whose links go into the description, with their labels. */
  private static final List<String[]> LINKS =
      List.of(
          new String[] {"runbook_url", "Runbook"},
          new String[] {"dashboard_url", "Dashboard"},
          new String[] {"panel_url", "Panel"});

  private final AlertPolicy policy;
  private final Catalog catalog;

  AlertTexts(AlertPolicy policy, Catalog catalog) {
    this.policy = policy;
    this.catalog = catalog;
  }

  /** The first firing alert's summary, and how many more there are. */
  String title(List<Alert> firing) {
    String more = firing.size() > 1 ? " (+" + (firing.size() - 1) + " more)" : "";
    String title =
        TextRules.clean(firing.get(0).summary(), IncidentService.MAX_TITLE - more.length(), true);
    return (title.isEmpty() ? firing.get(0).fingerprint() : title) + more;
  }

  /** Where the alerts came from, their descriptions and links. */
  String description(AlertBatch batch) {
    List<String> lines = new ArrayList<>();
    lines.add("Opened by " + batch.source() + " for alert group " + batch.groupKey() + ".");
    for (Alert a : batch.alerts()) {
      if (!a.firing()) {
        continue;
      }
      StringBuilder line = new StringBuilder("- ").append(a.name());
      String description = a.annotations().getOrDefault("description", "");
      if (!description.isBlank()) {
        line.append(": ").append(description);
      }
      for (String[] link : LINKS) {
        String url = a.annotations().getOrDefault(link[0], "");
        if (!url.isBlank()) {
          line.append(" | ").append(link[1]).append(": ").append(url);
        }
      }
      if (!a.generatorUrl().isBlank()) {
        line.append(" | Source: ").append(a.generatorUrl());
      }
      lines.add(line.toString());
    }
    if (!batch.externalUrl().isBlank()) {
      lines.add("Sender: " + batch.externalUrl());
    }
    return TextRules.clean(String.join("\n", lines), IncidentService.MAX_TEXT, false);
  }

  /** The services Beacon knows among the alerts' service labels, in order. */
  List<String> services(List<Alert> firing) {
    Set<String> services = new LinkedHashSet<>();
    for (Alert a : firing) {
      String service = policy.serviceOf(a);
      if (catalog.service(service).isPresent()) {
        services.add(service);
      }
    }
    return List.copyOf(services);
  }

  /** The alerts' runbook, dashboard, panel and source links, each once, in order. */
  List<AlertNotice.Link> links(List<Alert> alerts) {
    Set<String> seen = new LinkedHashSet<>();
    List<AlertNotice.Link> out = new ArrayList<>();
    for (Alert a : alerts) {
      for (String[] link : LINKS) {
        String url = line(a.annotations().getOrDefault(link[0], ""));
        if (!url.isBlank() && seen.add(url)) {
          out.add(new AlertNotice.Link(url, link[1]));
        }
      }
      String source = line(a.generatorUrl());
      if (!source.isBlank() && seen.add(source)) {
        out.add(new AlertNotice.Link(source, "Source"));
      }
    }
    return out;
  }

  /**
   * What a post says when alerts fire or resolve without an incident: {@code FIRING · SEV3 ·
   * title}, then one line per alert with its description and links.
   */
  String post(String state, Severity severity, String title, List<Alert> alerts, AlertBatch b) {
    List<String> lines = new ArrayList<>();
    lines.add(state + " · " + severity + " · " + title + " (" + b.source() + ")");
    for (Alert a : alerts) {
      StringBuilder line = new StringBuilder("- ").append(a.name());
      String description = a.annotations().getOrDefault("description", "");
      if (!description.isBlank()) {
        line.append(": ").append(description);
      }
      lines.add(line.toString());
    }
    for (AlertNotice.Link link : links(alerts)) {
      lines.add(link.label() + ": " + link.url());
    }
    return TextRules.clean(String.join("\n", lines), IncidentService.MAX_TEXT, false);
  }

  /** One line of at most 500 characters, for event fields. */
  String line(String text) {
    return TextRules.clean(text, 500, true);
  }
}
