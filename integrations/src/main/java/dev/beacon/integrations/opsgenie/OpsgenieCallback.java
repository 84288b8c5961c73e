package dev.beacon.integrations.opsgenie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.integrations.http.Hmac;
import dev.beacon.integrations.http.InboundAck;
import dev.beacon.integrations.http.InboundRejected;
import dev.beacon.integrations.http.InboundRejected.Reason;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads Opsgenie's outgoing webhook (the "Webhook" integration) when an alert is acknowledged or
 * closed there. Opsgenie does not sign these, so the integration is configured with a custom
 * header, {@value #TOKEN_HEADER}, carrying a shared secret, which is checked in constant time.
 * Pure: the deployable's HTTP endpoint passes the raw body and header in.
 */
public final class OpsgenieCallback {

  /** The custom header configured on Opsgenie's webhook integration. */
  public static final String TOKEN_HEADER = "X-Beacon-Token";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OpsgenieCallback() {}

  /**
   * Verifies and parses one callback.
   *
   * @param body the raw request body
   * @param tokenHeader the {@value #TOKEN_HEADER} value received
   * @param expectedToken the configured secret
   * @return the acknowledgement or resolution, or empty for an action Beacon does not act on (e.g.
   *     {@code Create}, {@code AddNote})
   * @throws InboundRejected {@code UNAUTHENTICATED} for a missing or wrong token (or none
   *     configured), {@code MALFORMED} when an authentic body is unreadable or names no alert
   */
  public static Optional<InboundAck> parse(byte[] body, String tokenHeader, String expectedToken)
      throws InboundRejected {
    if (expectedToken == null || expectedToken.isEmpty()) {
      throw new InboundRejected(
          Reason.UNAUTHENTICATED, "no Opsgenie callback token configured; refusing every callback");
    }
    if (tokenHeader == null || tokenHeader.isEmpty()) {
      throw new InboundRejected(
          Reason.UNAUTHENTICATED, "Opsgenie callback without " + TOKEN_HEADER);
    }
    if (!Hmac.constantTimeEquals(expectedToken, tokenHeader.trim())) {
      throw new InboundRejected(Reason.UNAUTHENTICATED, "Opsgenie callback with a wrong token");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new InboundRejected(Reason.MALFORMED, "Opsgenie callback body is not JSON");
    }
    String action =
        switch (root.path("action").asText("")) {
          case "Acknowledge" -> InboundAck.ACKNOWLEDGE;
          case "Close" -> InboundAck.RESOLVE;
          default -> null;
        };
    if (action == null) {
      return Optional.empty();
    }
    JsonNode alert = root.path("alert");
    // Opsgenie sets the alias to the alert id when the creator gave none.
    String alias = text(alert.path("alias")).or(() -> text(alert.path("alertId"))).orElse("");
    if (alias.isEmpty()) {
      throw new InboundRejected(
          Reason.MALFORMED,
          "Opsgenie " + root.path("action").asText() + " callback names no alert");
    }
    String who = text(alert.path("username")).orElse("Opsgenie");
    return Optional.of(new InboundAck("opsgenie", alias, action, who));
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
