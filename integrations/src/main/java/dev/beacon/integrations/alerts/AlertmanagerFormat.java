package dev.beacon.integrations.alerts;

import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Alertmanager's webhook (version 4) and Grafana's (version 1, which extends it) share: the
 * envelope ({@code receiver}, {@code status}, {@code groupKey}, {@code groupLabels}, ...) and the
 * alerts ({@code status}, {@code labels}, {@code annotations}, {@code startsAt}, {@code endsAt},
 * {@code generatorURL}, {@code fingerprint}). Unknown fields are ignored: both senders add some
 * over time ({@code notification_reason}, {@code ruleUID}).
 */
final class AlertmanagerFormat {

  private AlertmanagerFormat() {}

  /** Refuses a payload whose {@code version} is not {@code understood}. */
  static void checkVersion(PayloadNode root, String understood, String format)
      throws AlertPayloadException {
    PayloadNode version = root.field("version");
    String understands = "Beacon understands " + format + " version " + understood;
    if (!version.present()) {
      throw version.fail("missing; " + understands);
    }
    String v = version.text();
    if (!v.equals(understood)) {
      throw version.fail(PayloadNode.quote(v) + " is not understood; " + understands);
    }
  }

  /**
   * Reads the envelope and its alerts into a batch.
   *
   * @param maxAlertsHint how the sender keeps to {@link PayloadLimits#MAX_ALERTS}
   * @param extras reads a sender's own per-alert fields into annotations
   */
  static AlertBatch batch(PayloadNode root, String source, String maxAlertsHint, Extras extras)
      throws AlertPayloadException {
    root.field("receiver").optionalText();
    PayloadNode status = root.field("status");
    if (status.present()) {
      status.oneOf("firing", "resolved");
    }
    root.field("groupLabels").stringMap();
    root.field("commonLabels").stringMap();
    root.field("commonAnnotations").stringMap();
    long truncated = root.field("truncatedAlerts").optionalWholeNumber(0);
    String externalUrl = root.field("externalURL").optionalText().orElse("");
    String groupKey = root.field("groupKey").nonBlankText(PayloadLimits.MAX_GROUP_KEY);
    List<Alert> alerts = new ArrayList<>();
    for (PayloadNode a : root.field("alerts").alerts(PayloadLimits.MAX_ALERTS, maxAlertsHint)) {
      alerts.add(alert(a, extras));
    }
    return new AlertBatch(
        source, groupKey, alerts, externalUrl, (int) Math.min(Integer.MAX_VALUE, truncated));
  }

  /**
   * One alert. Only a resolved alert gets an end: the zero time means "not ended", and a firing
   * alert's {@code endsAt} is just when Alertmanager would time it out if it stopped hearing of it.
   */
  private static Alert alert(PayloadNode a, Extras extras) throws AlertPayloadException {
    AlertStatus status =
        a.field("status").oneOf("firing", "resolved").equals("firing")
            ? AlertStatus.FIRING
            : AlertStatus.RESOLVED;
    Map<String, String> labels = a.field("labels").stringMap();
    Map<String, String> annotations = a.field("annotations").stringMap();
    PayloadNode startsAtField = a.field("startsAt");
    Instant startsAt = startsAtField.time();
    if (startsAt.equals(Rfc3339.GO_ZERO_TIME)) {
      throw startsAtField.fail("is the zero time; an alert needs the time it started");
    }
    Optional<Instant> endsAt =
        a.field("endsAt").optionalTime().filter(t -> !t.equals(Rfc3339.GO_ZERO_TIME));
    String generatorUrl = a.field("generatorURL").optionalText().orElse("");
    String fingerprint = a.field("fingerprint").nonBlankText(PayloadLimits.MAX_FINGERPRINT);
    extras.read(a, annotations);
    return new Alert(
        fingerprint,
        status,
        labels,
        annotations,
        startsAt,
        status == AlertStatus.RESOLVED ? endsAt : Optional.empty(),
        generatorUrl);
  }

  /** A sender's own per-alert fields, kept as annotations. */
  @FunctionalInterface
  interface Extras {
    /** No extra fields. */
    Extras NONE = (alert, annotations) -> {};

    /** Reads {@code alert}'s extra fields into {@code annotations} (which it may change). */
    void read(PayloadNode alert, Map<String, String> annotations) throws AlertPayloadException;
  }
}
