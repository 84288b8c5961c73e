package dev.beacon.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bot.web.AlertParser;
import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A stand-in for the real payload parsers: reads Alertmanager's shape ({@code groupKey}, {@code
 * alerts[].fingerprint/status/labels/annotations/startsAt}) with Jackson, and refuses what does not
 * fit with a message naming the field, as the real ones do.
 */
public final class JsonAlertParser implements AlertParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String source;

  /** A parser whose batches say they came from {@code source}. */
  public JsonAlertParser(String source) {
    this.source = source;
  }

  @Override
  public AlertBatch parse(byte[] body) throws IOException {
    JsonNode root = JSON.readTree(body);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    JsonNode alerts = root.path("alerts");
    if (!alerts.isArray()) {
      throw new IllegalArgumentException("alerts: expected an array, got " + type(alerts));
    }
    List<Alert> out = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      JsonNode a = alerts.get(i);
      String at = "alerts[" + i + "]";
      out.add(
          new Alert(
              text(a, "fingerprint", at),
              AlertStatus.valueOf(text(a, "status", at).toUpperCase(Locale.ROOT)),
              map(a.path("labels")),
              map(a.path("annotations")),
              Instant.parse(text(a, "startsAt", at)),
              Optional.empty(),
              a.path("generatorURL").asText("")));
    }
    return new AlertBatch(source, text(root, "groupKey", "body"), out, "");
  }

  private static String text(JsonNode node, String field, String at) {
    JsonNode v = node.path(field);
    if (!v.isTextual()) {
      throw new IllegalArgumentException(at + "." + field + ": expected a string, got " + type(v));
    }
    return v.asText();
  }

  private static Map<String, String> map(JsonNode node) {
    Map<String, String> m = new TreeMap<>();
    node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  private static String type(JsonNode v) {
    return v.isMissingNode() ? "nothing" : v.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
