package dev.beacon.integrations.alerts;

import static dev.beacon.integrations.alerts.Bodies.changed;
import static dev.beacon.integrations.alerts.Bodies.firstAlert;
import static dev.beacon.integrations.alerts.Bodies.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Grafana unified alerting's webhook contact point, version 1. The fixture is not a capture: it is
 * written after the example payload in Grafana's documentation ("Configure the webhook notifier for
 * Alerting", webhook-notifier.md in grafana/grafana) with the field set of grafana/alerting's
 * {@code ExtendedData}/{@code ExtendedAlert}; {@code src/test/resources/grafana/README.md} says
 * exactly what was kept and what was changed.
 */
class GrafanaPayloadTest {

  private static final String FIRING = "/grafana/firing.json";

  @Test
  void aNotificationBecomesABatchGroupedByGrafanasGroupKey() throws Exception {
    AlertBatch batch = GrafanaPayload.parse(fixture(FIRING));

    assertThat(batch.source()).isEqualTo("grafana");
    assertThat(batch.groupKey()).isEqualTo("{}:{alertname=\"Settlement queue backlog\"}");
    assertThat(batch.externalUrl()).isEqualTo("https://grafana.example/");
    assertThat(batch.alerts())
        .extracting(Alert::fingerprint, Alert::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("8f3c1a7e2b5d9046", AlertStatus.FIRING),
            org.assertj.core.groups.Tuple.tuple("2d71e09c54ab1f38", AlertStatus.RESOLVED));
  }

  @Test
  void theDashboardPanelSilenceAndImageLinksReachTheIncidentAsAnnotations() throws Exception {
    Alert firing = GrafanaPayload.parse(fixture(FIRING)).alerts().get(0);

    assertThat(firing.annotations())
        .containsEntry("dashboard_url", "https://grafana.example/d/settle01?orgId=1")
        .containsEntry("panel_url", "https://grafana.example/d/settle01?orgId=1&viewPanel=4")
        .containsEntry("image_url", "https://grafana.example/public/img/attachments/settle01-4.png")
        .containsKey("silence_url")
        .containsEntry("summary", "Settlement queue backlog in eu-west")
        .containsEntry("runbook_url", "https://runbooks.example/settlement-backlog");
    assertThat(firing.generatorUrl())
        .isEqualTo("https://grafana.example/alerting/grafana/be3ztvk2a9ybkb/view?orgId=1");
    assertThat(firing.labels()).containsEntry("service", "settlement");
  }

  @Test
  void theValuesThatFiredTheAlertAreKeptReadably() throws Exception {
    Alert firing = GrafanaPayload.parse(fixture(FIRING)).alerts().get(0);

    assertThat(firing.annotations()).containsEntry("values", "B=5821.333333333333, C=1");
  }

  @Test
  void emptyLinksAddNoAnnotation() throws Exception {
    Alert resolved = GrafanaPayload.parse(fixture(FIRING)).alerts().get(1);

    assertThat(resolved.annotations())
        .doesNotContainKeys("dashboard_url", "panel_url", "image_url");
  }

  @Test
  void timesWithAnOffsetAreReadAsInstantsAndTheZeroTimeIsNoEnd() throws Exception {
    AlertBatch batch = GrafanaPayload.parse(fixture(FIRING));

    assertThat(batch.alerts().get(0).startsAt())
        .isEqualTo(Instant.parse("2026-11-24T07:51:03.157076Z"));
    assertThat(batch.alerts().get(0).endsAt()).isEmpty();
    assertThat(batch.alerts().get(1).endsAt())
        .contains(Instant.parse("2026-11-24T07:56:03.157076Z"));
  }

  @Test
  void anAnnotationSetOnTheRuleWinsOverGrafanasLinkOfTheSameName() throws Exception {
    byte[] body =
        changed(
            FIRING,
            b -> firstAlert(b).with("annotations").put("dashboard_url", "https://wiki.example/x"));

    assertThat(GrafanaPayload.parse(body).alerts().get(0).annotations())
        .containsEntry("dashboard_url", "https://wiki.example/x");
  }

  @Test
  void aNullValuesMapAsGoWritesItIsNoValues() throws Exception {
    byte[] body = changed(FIRING, b -> firstAlert(b).putNull("values"));

    assertThat(GrafanaPayload.parse(body).alerts().get(0).annotations())
        .doesNotContainKey("values");
  }

  @Test
  void aPayloadWithoutVersionIsRefusedAsNotUnifiedAlerting() {
    // Legacy dashboard alerts and custom payload templates send no version.
    byte[] body = changed(FIRING, b -> b.remove("version"));

    assertThatThrownBy(() -> GrafanaPayload.parse(body))
        .isInstanceOf(AlertPayloadException.class)
        .hasMessageStartingWith("version: missing; Beacon understands Grafana unified alerting")
        .hasMessageContaining("version 1");
  }

  @Test
  void anAlertmanagerPayloadPostedHereIsRefusedByItsVersion() {
    assertThatThrownBy(() -> GrafanaPayload.parse(fixture("/alertmanager/firing.json")))
        .isInstanceOf(AlertPayloadException.class)
        .hasMessageStartingWith("version: '4' is not understood");
  }

  @Test
  void aValueThatIsNotANumberIsRefusedNamingIt() {
    byte[] body = changed(FIRING, b -> firstAlert(b).with("values").put("B", "5821"));

    assertThatThrownBy(() -> GrafanaPayload.parse(body))
        .isInstanceOfSatisfying(
            AlertPayloadException.class, e -> assertThat(e.field()).isEqualTo("alerts[0].values.B"))
        .hasMessage("alerts[0].values.B: must be a number, got the string '5821'");
  }

  @Test
  void aDashboardLinkThatIsNotTextIsRefusedNamingIt() {
    byte[] body = changed(FIRING, b -> firstAlert(b).put("dashboardURL", 42));

    assertThatThrownBy(() -> GrafanaPayload.parse(body))
        .hasMessage("alerts[0].dashboardURL: must be a string, got the number 42");
  }

  @Test
  void anOrganisationThatIsNotANumberIsRefused() {
    byte[] body = changed(FIRING, b -> b.put("orgId", "main"));

    assertThatThrownBy(() -> GrafanaPayload.parse(body))
        .hasMessage("orgId: must be a whole number, got the string 'main'");
  }

  @Test
  void theAlertmanagerShapedPartIsCheckedAsStrictly() {
    byte[] body = changed(FIRING, b -> firstAlert(b).put("startsAt", "2026-11-24 09:51:03"));

    assertThatThrownBy(() -> GrafanaPayload.parse(body))
        .hasMessageStartingWith(
            "alerts[0].startsAt: '2026-11-24 09:51:03' is not an RFC 3339 time");
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName(
      "another organisation's group is told apart from the default one's")
  void organisationsAreKeptApart() throws Exception {
    String fixture =
        new String(
            GrafanaPayloadTest.class.getResourceAsStream("/grafana/firing.json").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);

    AlertBatch first =
        GrafanaPayload.parse(fixture.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AlertBatch second =
        GrafanaPayload.parse(
            fixture
                .replace("\"orgId\": 1,", "\"orgId\": 2,")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(second.groupKey()).isEqualTo("org 2 " + first.groupKey());
  }
}
