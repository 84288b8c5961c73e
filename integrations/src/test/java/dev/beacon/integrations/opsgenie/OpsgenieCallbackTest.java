package dev.beacon.integrations.opsgenie;

import static dev.beacon.integrations.http.TestPages.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.integrations.http.InboundAck;
import dev.beacon.integrations.http.InboundRejected;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Opsgenie's outgoing webhook, authenticated by the X-Beacon-Token custom header. */
class OpsgenieCallbackTest {

  private static final String TOKEN = "og-callback-7f3c2a91d4e8";

  @Test
  void anAcknowledgementWithTheRightTokenNamesWhoAndTheAlias() throws Exception {
    byte[] body = fixture("/opsgenie/alert-acknowledged.json");

    assertThat(OpsgenieCallback.parse(body, TOKEN, TOKEN))
        .contains(new InboundAck("opsgenie", "beacon-INC-7-1", "acknowledge", "alice@example.com"));
  }

  @Test
  void aCloseIsAResolve() throws Exception {
    byte[] body = fixture("/opsgenie/alert-closed.json");

    assertThat(OpsgenieCallback.parse(body, TOKEN, TOKEN))
        .contains(new InboundAck("opsgenie", "beacon-INC-7-1", "resolve", "bob@example.com"));
  }

  @Test
  void otherActionsAreIgnored() throws Exception {
    byte[] body =
        "{\"action\":\"AddNote\",\"alert\":{\"alias\":\"beacon-INC-7-1\",\"username\":\"a\"}}"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(OpsgenieCallback.parse(body, TOKEN, TOKEN)).isEmpty();
  }

  @Test
  void aWrongTokenIsUnauthenticated() {
    byte[] body = fixture("/opsgenie/alert-acknowledged.json");

    assertThatThrownBy(() -> OpsgenieCallback.parse(body, "og-callback-guess", TOKEN))
        .isInstanceOfSatisfying(
            InboundRejected.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.getMessage()).doesNotContain(TOKEN);
            });
  }

  @Test
  void aMissingTokenIsUnauthenticated() {
    byte[] body = fixture("/opsgenie/alert-acknowledged.json");

    assertThatThrownBy(() -> OpsgenieCallback.parse(body, null, TOKEN))
        .isInstanceOf(InboundRejected.class)
        .hasMessageContaining("X-Beacon-Token");
  }

  @Test
  void withNoTokenConfiguredEverythingIsRefused() {
    byte[] body = fixture("/opsgenie/alert-acknowledged.json");

    assertThatThrownBy(() -> OpsgenieCallback.parse(body, "", ""))
        .isInstanceOf(InboundRejected.class)
        .hasMessageContaining("no Opsgenie callback token configured");
  }

  @Test
  void anAuthenticCallbackNamingNoAlertIsMalformed() {
    byte[] body = "{\"action\":\"Close\",\"alert\":{}}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> OpsgenieCallback.parse(body, TOKEN, TOKEN))
        .isInstanceOfSatisfying(
            InboundRejected.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
  }
}
