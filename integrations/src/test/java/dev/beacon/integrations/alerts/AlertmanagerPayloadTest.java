package dev.beacon.integrations.alerts;

import static dev.beacon.integrations.alerts.Bodies.changed;
import static dev.beacon.integrations.alerts.Bodies.firstAlert;
import static dev.beacon.integrations.alerts.Bodies.fixture;
import static dev.beacon.integrations.alerts.Bodies.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alertmanager's webhook, version 4, on payloads captured from a real Alertmanager 0.25 (see {@code
 * src/test/resources/alertmanager/README.md}).
 */
class AlertmanagerPayloadTest {

  private static final String FIRING = "/alertmanager/firing.json";
  private static final String RESOLVED = "/alertmanager/resolved.json";

  @Test
  void aFiringNotificationBecomesOneFiringAlertGroupedByAlertmanagersGroupKey() throws Exception {
    AlertBatch batch = AlertmanagerPayload.parse(fixture(FIRING));

    assertThat(batch.source()).isEqualTo("alertmanager");
    assertThat(batch.groupKey())
        .isEqualTo("{}:{alertname=\"NavCalculationLate\", service=\"nav-calculation\"}");
    assertThat(batch.externalUrl()).isEqualTo("http://alertmanager.example:9093");
    assertThat(batch.alerts())
        .containsExactly(
            new Alert(
                "455084bd7a034951",
                AlertStatus.FIRING,
                Map.of(
                    "alertname", "NavCalculationLate",
                    "env", "prod",
                    "instance", "nav-batch-01:9100",
                    "service", "nav-calculation",
                    "severity", "critical"),
                Map.of(
                    "runbook_url", "https://wiki.example/runbooks/nav-late",
                    "summary", "NAV batch has not finished 30m after cut-off"),
                Instant.parse("2026-11-24T05:12:17.765899766Z"),
                Optional.empty(),
                ""));
    assertThat(batch.alerts().get(0).summary())
        .isEqualTo("NAV batch has not finished 30m after cut-off");
  }

  @Test
  void aResolvedNotificationCarriesWhenTheAlertEndedAndTheLinkToItsQuery() throws Exception {
    Alert alert = AlertmanagerPayload.parse(fixture(RESOLVED)).alerts().get(0);

    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-24T04:42:53.339775285Z"));
    assertThat(alert.endsAt()).contains(Instant.parse("2026-11-24T04:43:09Z"));
    assertThat(alert.generatorUrl()).isEqualTo("http://prometheus.example:9090/graph?g0.expr=rate");
    assertThat(alert.fingerprint()).isEqualTo("d6a94863dc1402df");
  }

  @Test
  void aFiringAlertsTimeoutIsNotTakenForItsEnd() throws Exception {
    // Prometheus sends firing alerts with endsAt in the future: when Alertmanager would time them
    // out.
    byte[] body = changed(FIRING, b -> firstAlert(b).put("endsAt", "2026-11-24T05:16:17.765Z"));

    assertThat(AlertmanagerPayload.parse(body).alerts().get(0).endsAt()).isEmpty();
  }

  @Test
  void fieldsAddedByNewerAlertmanagersAreIgnored() throws Exception {
    byte[] body =
        changed(
            FIRING,
            b -> {
              b.put("notification_reason", "new_alerts");
              b.putObject("routeLabels").put("team", "nav");
            });

    assertThat(AlertmanagerPayload.parse(body).alerts()).hasSize(1);
  }

  @Test
  void alertsTruncatedByAlertmanagerStillParse() throws Exception {
    byte[] body = changed(FIRING, b -> b.put("truncatedAlerts", 250));

    assertThat(AlertmanagerPayload.parse(body).alerts()).hasSize(1);
    assertThat(AlertmanagerPayload.parse(body).truncated()).isEqualTo(250);
  }

  @Test
  void anotherPayloadVersionIsRefusedSayingWhichOneIsUnderstood() {
    byte[] body = changed(FIRING, b -> b.put("version", "3"));

    assertRefused(body, "version", "version: '3' is not understood")
        .hasMessageContaining("Alertmanager webhook version 4");
  }

  @Test
  void aGrafanaPayloadPostedHereIsRefusedByItsVersion() {
    assertRefused(fixture("/grafana/firing.json"), "version", "version: '1' is not understood");
  }

  @Test
  void aSecondAlertsMistakeIsReportedWithItsIndex() {
    byte[] body =
        changed(
            FIRING,
            b -> {
              ObjectNode second = firstAlert(b).deepCopy();
              second.put("fingerprint", "0f0f0f0f0f0f0f0f");
              second.put("startsAt", "2026-13-01");
              b.withArray("alerts").add(second);
            });

    assertRefused(
        body, "alerts[1].startsAt", "alerts[1].startsAt: '2026-13-01' is not an RFC 3339 time");
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedWithWhereItBroke() {
    assertRefused(
            utf8("{\"receiver\": \"incident-bot\",\n \"status\": }"),
            "body",
            "body: not valid JSON")
        .hasMessageContaining("line 2");
  }

  static Stream<Arguments> invalidPayloads() {
    return Stream.of(
        refusal("an empty body", b -> b.removeAll(), "version", "missing"),
        refusal("no group key", b -> b.remove("groupKey"), "groupKey", "missing"),
        refusal("a blank group key", b -> b.put("groupKey", " "), "groupKey", "must not be empty"),
        refusal(
            "an oversized group key",
            b -> b.put("groupKey", "k".repeat(1001)),
            "groupKey",
            "1001 characters is longer than the 1000"),
        refusal("no alerts", b -> b.remove("alerts"), "alerts", "missing"),
        refusal(
            "an empty alert list",
            b -> b.putArray("alerts"),
            "alerts",
            "must hold at least one alert"),
        refusal(
            "too many alerts",
            b -> {
              ObjectNode one = firstAlert(b);
              for (int i = 0; i < 1000; i++) {
                b.withArray("alerts").add(one.deepCopy());
              }
            },
            "alerts",
            "1001 alerts is more than the 1000 Beacon takes at once; set max_alerts"),
        refusal(
            "alerts that are not a list",
            b -> b.putObject("alerts"),
            "alerts",
            "must be an array, got an object"),
        refusal(
            "an alert that is not an object",
            b -> b.putArray("alerts").add("firing"),
            "alerts[0]",
            "must be an object, got the string 'firing'"),
        refusal(
            "an unknown alert status",
            b -> firstAlert(b).put("status", "pending"),
            "alerts[0].status",
            "'pending' is not one of firing, resolved"),
        refusal(
            "an unknown group status",
            b -> b.put("status", "FIRING"),
            "status",
            "'FIRING' is not one of firing, resolved"),
        refusal(
            "no fingerprint",
            b -> firstAlert(b).remove("fingerprint"),
            "alerts[0].fingerprint",
            "missing"),
        refusal(
            "a start that is no time",
            b -> firstAlert(b).put("startsAt", "yesterday"),
            "alerts[0].startsAt",
            "'yesterday' is not an RFC 3339 time"),
        refusal(
            "a start without a zone",
            b -> firstAlert(b).put("startsAt", "2026-11-24T05:12:17"),
            "alerts[0].startsAt",
            "is not an RFC 3339 time"),
        refusal(
            "a start on February 30th",
            b -> firstAlert(b).put("startsAt", "2026-02-30T05:12:17Z"),
            "alerts[0].startsAt",
            "'2026-02-30T05:12:17Z' is not an RFC 3339 time"),
        refusal(
            "Go's zero time as the start",
            b -> firstAlert(b).put("startsAt", "0001-01-01T00:00:00Z"),
            "alerts[0].startsAt",
            "zero time"),
        refusal(
            "a start that is a number",
            b -> firstAlert(b).put("startsAt", 1795598131),
            "alerts[0].startsAt",
            "must be a string, got the number 1795598131"),
        refusal(
            "an end that is no time",
            b -> firstAlert(b).put("endsAt", "0001-01-01"),
            "alerts[0].endsAt",
            "is not an RFC 3339 time"),
        refusal(
            "a label value that is a number",
            b -> firstAlert(b).with("labels").put("severity", 3),
            "alerts[0].labels.severity",
            "must be a string, got the number 3"),
        refusal(
            "a label value that is null",
            b -> firstAlert(b).with("labels").putNull("env"),
            "alerts[0].labels.env",
            "must be a string, got null"),
        refusal(
            "labels that are a list",
            b -> firstAlert(b).putArray("labels"),
            "alerts[0].labels",
            "must be an object, got an array"),
        refusal(
            "an annotation that is an object",
            b -> firstAlert(b).with("annotations").putObject("summary"),
            "alerts[0].annotations.summary",
            "must be a string, got an object"),
        refusal(
            "a label whose name needs quoting",
            b -> firstAlert(b).with("labels").put("team.name", false),
            "alerts[0].labels[\"team.name\"]",
            "must be a string, got false"),
        refusal(
            "an empty label name",
            b -> firstAlert(b).with("labels").put("", "x"),
            "alerts[0].labels",
            "a name is empty"),
        refusal(
            "common labels that are not strings",
            b -> b.with("commonLabels").put("env", 1.5),
            "commonLabels.env",
            "must be a string"),
        refusal(
            "a negative truncation count",
            b -> b.put("truncatedAlerts", -1),
            "truncatedAlerts",
            "must be 0 or more, got -1"),
        refusal(
            "a truncation count that is text",
            b -> b.put("truncatedAlerts", "0"),
            "truncatedAlerts",
            "must be a whole number, got the string '0'"),
        refusal(
            "a version that is a number",
            b -> b.put("version", 4),
            "version",
            "must be a string, got the number 4"),
        refusal(
            "an external URL that is not text",
            b -> b.putArray("externalURL"),
            "externalURL",
            "must be a string, got an array"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPayloads")
  void invalidPayloadsAreRefusedNamingTheField(
      String what, Consumer<ObjectNode> change, String field, String problem) {
    assertRefused(changed(FIRING, change), field, field + ": ").hasMessageContaining(problem);
  }

  static Stream<Arguments> unreadableBodies() {
    return Stream.of(
        Arguments.of("nothing", new byte[0], "empty; expected a JSON object"),
        Arguments.of("a list", utf8("[]"), "must be a JSON object, got an array"),
        Arguments.of("a string", utf8("\"firing\""), "must be a JSON object, got the string"),
        Arguments.of("null", utf8("null"), "must be a JSON object, got null"),
        Arguments.of("two objects", utf8("{\"version\":\"4\"} {}"), "not valid JSON"),
        Arguments.of(
            "a field twice",
            utf8("{\"version\":\"4\",\"version\":\"3\"}"),
            "Duplicate field 'version'"),
        Arguments.of(
            "Latin-1 bytes", new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'}, "not valid"),
        Arguments.of(
            "a cut-off body",
            utf8("{\"alerts\": [{\"status\": \"firing\"}"),
            "not valid JSON (line 1, column 33: Unexpected end-of-input: expected close marker for"
                + " Array)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBodies")
  void unreadableBodiesAreRefusedAsAWhole(String what, byte[] body, String problem) {
    assertRefused(body, "body", "body: ").hasMessageContaining(problem);
  }

  private static Arguments refusal(
      String what, Consumer<ObjectNode> change, String field, String problem) {
    return Arguments.of(what, change, field, problem);
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      byte[] body, String field, String messageStart) {
    return assertThatThrownBy(() -> AlertmanagerPayload.parse(body))
        .isInstanceOfSatisfying(
            AlertPayloadException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageStartingWith(messageStart);
  }
}
