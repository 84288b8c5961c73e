package dev.beacon.integrations.alerts;

import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Beacon's own alert schema for senders that are neither Alertmanager nor Grafana, version 1,
 * documented in {@code docs/alerts-generic.md}: a {@code group} and a list of alerts, each with a
 * {@code dedupKey}, a {@code status}, a {@code summary}, optional {@code service} and {@code
 * severity} (kept as the labels of those names), free {@code labels} and {@code annotations}, times
 * and a {@code link}. Unknown fields are refused so that a misspelt one does not go unseen. Pure:
 * the HTTP endpoint authenticates the request and passes the raw body and the time it was received
 * in.
 */
public final class GenericPayload {

  /** The {@link AlertBatch#source()} of batches read here. */
  public static final String SOURCE = "generic";

  /** The only schema version understood; a body without {@code version} is version 1. */
  public static final int VERSION = 1;

  private static final List<String> BODY_FIELDS = List.of("version", "group", "alerts");
  private static final List<String> ALERT_FIELDS =
      List.of(
          "dedupKey",
          "status",
          "summary",
          "service",
          "severity",
          "labels",
          "annotations",
          "startsAt",
          "endsAt",
          "link");

  private GenericPayload() {}

  /**
   * Parses one request body.
   *
   * @param body the raw request body
   * @param receivedAt when the request arrived: the start of alerts that give no {@code startsAt}
   *     and the end of resolved alerts that give no {@code endsAt}
   * @return the alerts, as one group
   * @throws AlertPayloadException when the body does not follow the schema; its message names the
   *     field at fault
   */
  public static AlertBatch parse(byte[] body, Instant receivedAt) throws AlertPayloadException {
    Objects.requireNonNull(receivedAt, "receivedAt");
    PayloadNode root = PayloadNode.parse(body);
    refuseUnknownFields(root, BODY_FIELDS);
    PayloadNode version = root.field("version");
    if (version.present() && !version.json().isIntegralNumber()) {
      throw version.fail("must be a whole number, got " + PayloadNode.describe(version.json()));
    }
    if (version.present() && !version.json().asText().equals(String.valueOf(VERSION))) {
      throw version.fail(
          version.json().asText()
              + " is not understood; Beacon understands generic alert payload version "
              + VERSION);
    }
    List<PayloadNode> items =
        root.field("alerts").alerts(PayloadLimits.MAX_ALERTS, "send them in smaller batches");
    List<Alert> alerts = new ArrayList<>(items.size());
    Map<String, String> seen = new HashMap<>();
    for (PayloadNode item : items) {
      Alert alert = alert(item, receivedAt);
      String earlier = seen.putIfAbsent(alert.fingerprint(), item.path());
      if (earlier != null) {
        throw item.field("dedupKey")
            .fail(
                PayloadNode.quote(alert.fingerprint())
                    + " is already used by "
                    + earlier
                    + "; each alert in a request needs its own dedupKey");
      }
      alerts.add(alert);
    }
    PayloadNode group = root.field("group");
    String groupKey;
    if (group.present()) {
      groupKey = group.nonBlankText(PayloadLimits.MAX_GROUP_KEY);
    } else if (alerts.size() == 1) {
      groupKey = alerts.get(0).fingerprint();
    } else {
      throw group.fail(
          "missing; a request with more than one alert needs a group (what makes them one"
              + " incident)");
    }
    return new AlertBatch(SOURCE, groupKey, alerts, "");
  }

  private static Alert alert(PayloadNode a, Instant receivedAt) throws AlertPayloadException {
    refuseUnknownFields(a, ALERT_FIELDS);
    String dedupKey = a.field("dedupKey").nonBlankText(PayloadLimits.MAX_FINGERPRINT);
    PayloadNode statusField = a.field("status");
    AlertStatus status =
        !statusField.present() || statusField.oneOf("firing", "resolved").equals("firing")
            ? AlertStatus.FIRING
            : AlertStatus.RESOLVED;
    Map<String, String> labels = a.field("labels").stringMap();
    Map<String, String> annotations = a.field("annotations").stringMap();
    merge(a, "service", labels, "labels");
    merge(a, "severity", labels, "labels");
    merge(a, "summary", annotations, "annotations");
    if (status == AlertStatus.FIRING && annotations.getOrDefault("summary", "").isBlank()) {
      throw a.field("summary")
          .fail("missing; a firing alert needs a summary, one line saying what is wrong");
    }
    PayloadNode endsAtField = a.field("endsAt");
    Optional<Instant> givenEnd = endsAtField.optionalTime();
    if (status == AlertStatus.FIRING && givenEnd.isPresent()) {
      throw endsAtField.fail("a firing alert has not ended; leave endsAt out or send resolved");
    }
    Optional<Instant> endsAt =
        status == AlertStatus.RESOLVED ? Optional.of(givenEnd.orElse(receivedAt)) : givenEnd;
    // Without a start, an alert started when it arrived, or when it ended if that was earlier.
    Instant startsAt =
        a.field("startsAt")
            .optionalTime()
            .orElseGet(() -> endsAt.filter(end -> end.isBefore(receivedAt)).orElse(receivedAt));
    if (endsAt.isPresent() && endsAt.get().isBefore(startsAt)) {
      throw endsAtField.fail("is before startsAt");
    }
    return new Alert(
        dedupKey, status, labels, annotations, startsAt, endsAt, link(a.field("link")));
  }

  /** Puts a field ({@code service}, {@code severity}, {@code summary}) into a map of its name. */
  private static void merge(
      PayloadNode alert, String name, Map<String, String> into, String mapName)
      throws AlertPayloadException {
    PayloadNode field = alert.field(name);
    if (!field.present()) {
      return;
    }
    String value = field.text();
    if (value.isBlank()) {
      throw field.fail("must not be empty (leave it out instead)");
    }
    String other = into.putIfAbsent(name, value);
    if (other != null && !other.equals(value)) {
      throw field.fail(
          PayloadNode.quote(value)
              + " contradicts "
              + mapName
              + "."
              + name
              + " "
              + PayloadNode.quote(other)
              + "; give one of them");
    }
  }

  private static String link(PayloadNode field) throws AlertPayloadException {
    String link = field.optionalText().orElse("");
    if (link.isEmpty()) {
      return "";
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return link;
      }
    } catch (URISyntaxException e) {
      // Refused below, like any other link that is not an absolute http(s) URL.
    }
    throw field.fail(PayloadNode.quote(link) + " is not an absolute http:// or https:// URL");
  }

  private static void refuseUnknownFields(PayloadNode object, List<String> known)
      throws AlertPayloadException {
    for (String name : object.fieldNames()) {
      if (!known.contains(name)) {
        throw object.field(name).fail("unknown field; the fields are " + String.join(", ", known));
      }
    }
  }
}
