package dev.beacon.integrations.pagerduty;

import static dev.beacon.integrations.http.TestPages.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.paging.PageAction;
import dev.beacon.integrations.http.Hmac;
import dev.beacon.integrations.http.InboundAck;
import dev.beacon.integrations.http.InboundRejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PagerDuty v3 webhooks, signed as PagerDuty's "Verifying Signatures" page describes. */
class PagerDutyWebhookTest {

  private static final String SECRET =
      "ChPb1/3G9K6qWm0Hk0s7V1UXG+9o2ZKkJ2a8b3wq0rLZpOnXs0cVqzrFjT2t3nYh";
  private static final String OLD_SECRET = "an-older-secret-still-rotating-out";

  private static String sign(String secret, byte[] body) {
    return "v1=" + Hmac.sha256Hex(secret, body);
  }

  @Test
  void aSignedAcknowledgementNamesWhoAndTheIncidentKey() throws Exception {
    byte[] body = fixture("/pagerduty/incident-acknowledged.json");

    var ack = PagerDutyWebhook.parse(body, sign(SECRET, body), List.of(SECRET));

    assertThat(ack)
        .contains(new InboundAck("pagerduty", "beacon-INC-7-1", "acknowledge", "Alice Ondutyová"));
    assertThat(ack.orElseThrow().pageAction()).isEqualTo(PageAction.ACKNOWLEDGE);
  }

  @Test
  void aSignedResolutionIsAResolve() throws Exception {
    byte[] body = fixture("/pagerduty/incident-resolved.json");

    assertThat(PagerDutyWebhook.parse(body, sign(SECRET, body), List.of(SECRET)))
        .contains(new InboundAck("pagerduty", "beacon-INC-7-1", "resolve", "Bob Fixit"));
  }

  @Test
  void acceptsAnyOfSeveralSignaturesAndSecretsWhileRotating() throws Exception {
    byte[] body = fixture("/pagerduty/incident-acknowledged.json");
    String header = sign("retired", body) + "," + sign(OLD_SECRET, body);

    assertThat(PagerDutyWebhook.parse(body, header, List.of(SECRET, OLD_SECRET))).isPresent();
  }

  @Test
  void otherEventsAreAuthenticButIgnored() throws Exception {
    byte[] body = fixture("/pagerduty/incident-triggered.json");

    assertThat(PagerDutyWebhook.parse(body, sign(SECRET, body), List.of(SECRET))).isEmpty();
  }

  @Test
  void fallsBackToTheIncidentIdWithoutAnIncidentKey() throws Exception {
    byte[] body =
        ("{\"event\":{\"event_type\":\"incident.resolved\",\"agent\":null,"
                + "\"data\":{\"id\":\"PGR0VU2\",\"type\":\"incident\"}}}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(PagerDutyWebhook.parse(body, sign(SECRET, body), List.of(SECRET)))
        .contains(new InboundAck("pagerduty", "PGR0VU2", "resolve", "PagerDuty"));
  }

  @Test
  void aWrongSignatureIsUnauthenticated() {
    byte[] body = fixture("/pagerduty/incident-acknowledged.json");

    assertThatThrownBy(
            () -> PagerDutyWebhook.parse(body, sign("not-the-secret", body), List.of(SECRET)))
        .isInstanceOfSatisfying(
            InboundRejected.class,
            e -> {
              assertThat(e.reason()).isEqualTo(InboundRejected.Reason.UNAUTHENTICATED);
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.getMessage()).doesNotContain(SECRET);
            });
  }

  @Test
  void aTamperedBodyIsUnauthenticated() {
    byte[] body = fixture("/pagerduty/incident-acknowledged.json");
    String header = sign(SECRET, body);
    byte[] tampered =
        new String(body, StandardCharsets.UTF_8)
            .replace("beacon-INC-7-1", "beacon-INC-8-1")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PagerDutyWebhook.parse(tampered, header, List.of(SECRET)))
        .isInstanceOf(InboundRejected.class);
  }

  @Test
  void aMissingSignatureIsUnauthenticated() {
    byte[] body = fixture("/pagerduty/incident-acknowledged.json");

    assertThatThrownBy(() -> PagerDutyWebhook.parse(body, null, List.of(SECRET)))
        .isInstanceOf(InboundRejected.class)
        .hasMessageContaining("X-PagerDuty-Signature");
    assertThatThrownBy(() -> PagerDutyWebhook.parse(body, "", List.of(SECRET)))
        .isInstanceOf(InboundRejected.class);
  }

  @Test
  void withNoSecretConfiguredEverythingIsRefused() {
    byte[] body = fixture("/pagerduty/incident-acknowledged.json");

    assertThatThrownBy(() -> PagerDutyWebhook.parse(body, sign(SECRET, body), List.of()))
        .isInstanceOf(InboundRejected.class)
        .hasMessageContaining("no PagerDuty webhook secret");
  }

  @Test
  void anAuthenticBodyThatIsNotJsonIsMalformed() {
    byte[] body = "not json".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PagerDutyWebhook.parse(body, sign(SECRET, body), List.of(SECRET)))
        .isInstanceOfSatisfying(
            InboundRejected.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
  }
}
