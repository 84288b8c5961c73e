package dev.beacon.integrations.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.core.alerts.AlertBatch;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the webhook contact point payload of Grafana unified alerting (Grafana 8 and later),
 * version 1: Alertmanager's format plus {@code orgId}, {@code title}, {@code state}, {@code
 * message} and, per alert, {@code values}, {@code silenceURL}, {@code dashboardURL}, {@code
 * panelURL} and {@code imageURL}. Those per-alert links and values are kept as the annotations
 * {@code silence_url}, {@code dashboard_url}, {@code panel_url}, {@code image_url} and {@code
 * values} ({@code B=44.2, C=1}) so they reach the incident; an annotation of the same name set on
 * the rule wins. Legacy dashboard alerts and custom payload templates are not understood. Pure: the
 * HTTP endpoint authenticates the request and passes the raw body in.
 */
public final class GrafanaPayload {

  /** The {@link AlertBatch#source()} of batches read here. */
  public static final String SOURCE = "grafana";

  /** The only payload version understood. */
  public static final String VERSION = "1";

  /** Grafana's per-alert link fields and the annotations they become. */
  private static final String[][] LINKS = {
    {"silenceURL", "silence_url"},
    {"dashboardURL", "dashboard_url"},
    {"panelURL", "panel_url"},
    {"imageURL", "image_url"},
  };

  private GrafanaPayload() {}

  /**
   * Parses one webhook body.
   *
   * @param body the raw request body
   * @return the alerts, grouped as Grafana's notification policy grouped them
   * @throws AlertPayloadException when the body is not a version 1 payload Beacon can take; its
   *     message names the field at fault
   */
  public static AlertBatch parse(byte[] body) throws AlertPayloadException {
    PayloadNode root = PayloadNode.parse(body);
    AlertmanagerFormat.checkVersion(
        root,
        VERSION,
        "Grafana unified alerting's webhook (not legacy alerting, no custom payload)");
    long org = root.field("orgId").optionalWholeNumber(0);
    for (String text : new String[] {"title", "state", "message"}) {
      root.field(text).optionalText();
    }
    AlertBatch batch =
        AlertmanagerFormat.batch(
            root,
            SOURCE,
            "set Max alerts on the webhook contact point to at most " + PayloadLimits.MAX_ALERTS,
            GrafanaPayload::extras);
    // Two Grafana organisations may both send the group key {}:{}; they are not one incident.
    // The default organisation (1) keeps Grafana's key as it is.
    return org <= 1
        ? batch
        : new AlertBatch(
            batch.source(),
            "org " + org + " " + batch.groupKey(),
            batch.alerts(),
            batch.externalUrl(),
            batch.truncated());
  }

  private static void extras(PayloadNode alert, Map<String, String> annotations)
      throws AlertPayloadException {
    for (String[] link : LINKS) {
      String url = alert.field(link[0]).optionalText().orElse("");
      if (!url.isBlank()) {
        annotations.putIfAbsent(link[1], url);
      }
    }
    String values = values(alert.field("values"));
    if (!values.isEmpty()) {
      annotations.putIfAbsent("values", values);
    }
  }

  /** The query and expression values that made the alert's state, e.g. {@code B=44.2, C=1}. */
  private static String values(PayloadNode values) throws AlertPayloadException {
    if (!values.present()) {
      return "";
    }
    values.object();
    StringJoiner out = new StringJoiner(", ");
    for (String ref : values.fieldNames().stream().sorted().toList()) {
      JsonNode v = values.field(ref).json();
      if (!v.isNumber() && !v.isNull()) {
        throw values.field(ref).fail("must be a number, got " + PayloadNode.describe(v));
      }
      out.add(ref + "=" + (v.isNull() ? "null" : v.asText()));
    }
    return out.toString();
  }
}
