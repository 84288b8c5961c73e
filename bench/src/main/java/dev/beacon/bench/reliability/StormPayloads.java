package dev.beacon.bench.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * Well-formed webhook bodies in each sender's format (Alertmanager v4, Grafana v1, Beacon's generic
 * schema) for one alert group, as monitoring sends them.
 */
final class StormPayloads {

  /**
   * One alert of a group.
   *
   * @param fingerprint unique per source
   * @param firing firing, else resolved
   * @param severity the sender's word: critical, error, warning
   */
  record StormAlert(String fingerprint, boolean firing, String severity) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private StormPayloads() {}

  /** The body {@code source} sends for {@code alerts} of group {@code group} at {@code now}. */
  static byte[] body(String source, String group, List<StormAlert> alerts, Instant now) {
    ObjectNode root =
        switch (source) {
          case "alertmanager" -> alertmanager(group, alerts, now);
          case "grafana" -> grafana(group, alerts, now);
          case "generic" -> generic(group, alerts, now);
          default -> throw new IllegalArgumentException(source);
        };
    try {
      return JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode alertmanager(String group, List<StormAlert> alerts, Instant now) {
    ObjectNode root = envelope(group, alerts, "4");
    root.put("externalURL", "http://alertmanager.example:9093");
    ArrayNode list = root.putArray("alerts");
    for (StormAlert a : alerts) {
      list.add(alert(group, a, now));
    }
    return root;
  }

  private static ObjectNode grafana(String group, List<StormAlert> alerts, Instant now) {
    ObjectNode root = envelope(group, alerts, "1");
    root.put("orgId", 1);
    root.put("externalURL", "https://grafana.example/");
    root.put("title", "[FIRING] " + group);
    root.put("state", "alerting");
    root.put("message", "drill");
    ArrayNode list = root.putArray("alerts");
    for (StormAlert a : alerts) {
      ObjectNode alert = alert(group, a, now);
      alert.put("silenceURL", "");
      alert.put("dashboardURL", "");
      alert.put("panelURL", "");
      alert.putObject("values").put("B", 42.5);
      alert.put("valueString", "[ var='B' value=42.5 ]");
      list.add(alert);
    }
    return root;
  }

  private static ObjectNode envelope(String group, List<StormAlert> alerts, String version) {
    ObjectNode root = JSON.createObjectNode();
    root.put("receiver", "beacon");
    root.put("status", alerts.stream().anyMatch(StormAlert::firing) ? "firing" : "resolved");
    root.put("version", version);
    root.put("groupKey", "{}:{drill_group=\"" + group + "\"}");
    root.put("truncatedAlerts", 0);
    root.putObject("groupLabels").put("drill_group", group);
    root.putObject("commonLabels").put("service", DrillConfig.SERVICE);
    root.putObject("commonAnnotations");
    return root;
  }

  private static ObjectNode alert(String group, StormAlert a, Instant now) {
    ObjectNode alert = JSON.createObjectNode();
    alert.put("status", a.firing() ? "firing" : "resolved");
    alert.put("fingerprint", a.fingerprint());
    ObjectNode labels = alert.putObject("labels");
    labels.put("alertname", "DrillAlert " + group);
    labels.put("service", DrillConfig.SERVICE);
    labels.put("severity", a.severity());
    labels.put("drill_group", group);
    alert.putObject("annotations").put("summary", "Drill alert " + a.fingerprint());
    alert.put("startsAt", now.minusSeconds(300).toString());
    alert.put("endsAt", a.firing() ? "0001-01-01T00:00:00Z" : now.toString());
    alert.put("generatorURL", "");
    return alert;
  }

  private static ObjectNode generic(String group, List<StormAlert> alerts, Instant now) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    root.put("group", group);
    ArrayNode list = root.putArray("alerts");
    for (StormAlert a : alerts) {
      ObjectNode alert = list.addObject();
      alert.put("dedupKey", a.fingerprint());
      alert.put("status", a.firing() ? "firing" : "resolved");
      if (a.firing()) {
        alert.put("summary", "Drill alert " + a.fingerprint());
        alert.put("service", DrillConfig.SERVICE);
        alert.put("severity", a.severity());
        alert.put("startsAt", now.minusSeconds(300).toString());
      } else {
        alert.put("endsAt", now.toString());
      }
    }
    return root;
  }
}
