package dev.beacon.integrations.pagerduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.integrations.http.Hmac;
import dev.beacon.integrations.http.InboundAck;
import dev.beacon.integrations.http.InboundRejected;
import dev.beacon.integrations.http.InboundRejected.Reason;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a PagerDuty v3 webhook delivery: checks {@code X-PagerDuty-Signature}, then turns {@code
 * incident.acknowledged} and {@code incident.resolved} into an {@link InboundAck}. Pure: the
 * deployable's HTTP endpoint passes the raw body and header in.
 */
public final class PagerDutyWebhook {

  /** The header PagerDuty signs deliveries in. */
  public static final String SIGNATURE_HEADER = "X-PagerDuty-Signature";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PagerDutyWebhook() {}

  /**
   * Verifies and parses one delivery.
   *
   * @param body the raw request body, exactly as received
   * @param signatureHeader the {@code X-PagerDuty-Signature} value: one or more comma-separated
   *     {@code v1=<hex HMAC-SHA256 of the body>}
   * @param secrets the subscription's signing secrets (more than one while rotating)
   * @return the acknowledgement or resolution, or empty for an authentic event Beacon does not act
   *     on (e.g. {@code incident.triggered}, {@code pagey.ping})
   * @throws InboundRejected {@code UNAUTHENTICATED} when the signature is missing or matches no
   *     secret, {@code MALFORMED} when an authentic body is not a readable v3 event
   */
  public static Optional<InboundAck> parse(
      byte[] body, String signatureHeader, List<String> secrets) throws InboundRejected {
    verify(body, signatureHeader, secrets);
    JsonNode event;
    try {
      event = MAPPER.readTree(body).path("event");
    } catch (IOException e) {
      throw new InboundRejected(Reason.MALFORMED, "PagerDuty webhook body is not JSON");
    }
    String type = event.path("event_type").asText("");
    String action =
        switch (type) {
          case "incident.acknowledged" -> InboundAck.ACKNOWLEDGE;
          case "incident.resolved" -> InboundAck.RESOLVE;
          default -> null;
        };
    if (action == null) {
      return Optional.empty();
    }
    JsonNode data = event.path("data");
    // incident_key is the dedup_key of the Events API event that opened the incident.
    String key = text(data.path("incident_key")).or(() -> text(data.path("id"))).orElse("");
    if (key.isEmpty()) {
      throw new InboundRejected(
          Reason.MALFORMED,
          "PagerDuty " + type + " event has neither data.incident_key nor data.id");
    }
    String who = text(event.path("agent").path("summary")).orElse("PagerDuty");
    return Optional.of(new InboundAck("pagerduty", key, action, who));
  }

  private static void verify(byte[] body, String signatureHeader, List<String> secrets)
      throws InboundRejected {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new InboundRejected(
          Reason.UNAUTHENTICATED, "PagerDuty webhook without " + SIGNATURE_HEADER);
    }
    List<String> usable =
        secrets == null
            ? List.of()
            : secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
    if (usable.isEmpty()) {
      throw new InboundRejected(
          Reason.UNAUTHENTICATED,
          "no PagerDuty webhook secret configured; refusing every delivery");
    }
    boolean match = false;
    for (String secret : usable) {
      String expected = "v1=" + Hmac.sha256Hex(secret, body);
      for (String candidate : signatureHeader.split(",")) {
        // No early exit: every pair is compared, in constant time.
        match |= Hmac.constantTimeEquals(expected, candidate.trim());
      }
    }
    if (!match) {
      throw new InboundRejected(
          Reason.UNAUTHENTICATED, "PagerDuty webhook signature matches no configured secret");
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
