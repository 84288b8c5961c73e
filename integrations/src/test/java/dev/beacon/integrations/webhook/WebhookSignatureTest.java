package dev.beacon.integrations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String SECRET = "whsec-test-0123456789";
  private static final byte[] BODY = "{\"version\":1}".getBytes(StandardCharsets.UTF_8);
  private static final Instant SENT = Instant.parse("2026-11-24T09:15:30Z");
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final String TS = Long.toString(SENT.getEpochSecond());

  @Test
  void signsTimestampDotBodyWithHmacSha256() {
    // Independently: printf '%s' '1795598130.{"version":1}' | openssl dgst -sha256 -hmac "$SECRET"
    assertThat(WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY))
        .matches("v1=[0-9a-f]{64}")
        .isEqualTo(
            "v1="
                + dev.beacon.integrations.http.Hmac.sha256Hex(
                    SECRET, (TS + ".{\"version\":1}").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void verifiesWhatItSigned() {
    String sig = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

    assertThat(WebhookSignature.verify(SECRET, TS, sig, BODY, SENT.plusSeconds(20), FIVE_MINUTES))
        .isTrue();
  }

  @Test
  void acceptsAnyOfSeveralSignaturesWhileASecretRotates() {
    String sig = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

    assertThat(
            WebhookSignature.verify(
                SECRET, TS, "v1=" + "0".repeat(64) + ", " + sig, BODY, SENT, FIVE_MINUTES))
        .isTrue();
  }

  @Test
  void refusesATamperedBody() {
    String sig = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);
    byte[] tampered = "{\"version\":2}".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.verify(SECRET, TS, sig, tampered, SENT, FIVE_MINUTES)).isFalse();
  }

  @Test
  void refusesAWrongSecret() {
    String sig = WebhookSignature.sign("someone-else", SENT.getEpochSecond(), BODY);

    assertThat(WebhookSignature.verify(SECRET, TS, sig, BODY, SENT, FIVE_MINUTES)).isFalse();
  }

  @Test
  void refusesAReplayedOldRequestAndOneFromTheFuture() {
    String sig = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

    assertThat(WebhookSignature.verify(SECRET, TS, sig, BODY, SENT.plusSeconds(301), FIVE_MINUTES))
        .isFalse();
    assertThat(WebhookSignature.verify(SECRET, TS, sig, BODY, SENT.minusSeconds(301), FIVE_MINUTES))
        .isFalse();
  }

  @Test
  void refusesATimestampThatWasNotSigned() {
    String sig = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);
    String moved = Long.toString(SENT.getEpochSecond() + 60);

    assertThat(WebhookSignature.verify(SECRET, moved, sig, BODY, SENT, FIVE_MINUTES)).isFalse();
  }

  @Test
  void refusesMissingOrGarbledHeaders() {
    String sig = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

    assertThat(WebhookSignature.verify(SECRET, null, sig, BODY, SENT, FIVE_MINUTES)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, TS, null, BODY, SENT, FIVE_MINUTES)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, "yesterday", sig, BODY, SENT, FIVE_MINUTES))
        .isFalse();
    assertThat(WebhookSignature.verify("", TS, sig, BODY, SENT, FIVE_MINUTES)).isFalse();
  }
}
