package dev.beacon.integrations.alerts;

import static dev.beacon.integrations.alerts.Bodies.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.alerts.Alert;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Beacon's own alert schema, as documented in docs/alerts-generic.md. */
class GenericPayloadTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");

  @Test
  void theDocumentedExampleParses() throws Exception {
    AlertBatch batch = GenericPayload.parse(utf8(docsBlock("json", 0)), RECEIVED);

    assertThat(batch.source()).isEqualTo("generic");
    assertThat(batch.groupKey()).isEqualTo("checkout-latency");
    Alert firing = batch.alerts().get(0);
    assertThat(firing.fingerprint()).isEqualTo("checkout-p99-eu-west");
    assertThat(firing.summary()).isEqualTo("Checkout p99 latency above 2s in eu-west");
    assertThat(firing.labels())
        .isEqualTo(
            Map.of(
                "service", "checkout-api",
                "severity", "critical",
                "region", "eu-west",
                "check", "synthetic-checkout"));
    assertThat(firing.annotations())
        .containsEntry("runbook_url", "https://runbooks.example.com/checkout-latency");
    assertThat(firing.startsAt()).isEqualTo(Instant.parse("2026-11-24T09:12:00Z"));
    assertThat(firing.generatorUrl()).isEqualTo("https://checks.example.com/checkout/eu-west");
    Alert resolved = batch.alerts().get(1);
    assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(resolved.endsAt()).contains(Instant.parse("2026-11-24T09:14:30.5Z"));
  }

  @Test
  void theExampleFixtureIsTheDocumentedExample() throws Exception {
    assertThat(Bodies.JSON.readTree(docsBlock("json", 0)))
        .isEqualTo(Bodies.tree("/generic/example.json"));
  }

  @Test
  void theDocumentedCurlBodiesParse() throws Exception {
    Matcher bodies = Pattern.compile("--data-binary '([^']*)'").matcher(docsText());
    assertThat(bodies.find()).isTrue();
    AlertBatch fire = GenericPayload.parse(utf8(bodies.group(1)), RECEIVED);
    assertThat(bodies.find()).isTrue();
    AlertBatch clear = GenericPayload.parse(utf8(bodies.group(1)), RECEIVED.plusSeconds(600));

    assertThat(fire.groupKey()).isEqualTo("disk-full-db1");
    assertThat(fire.alerts().get(0).labels()).containsEntry("severity", "warning");
    assertThat(clear.groupKey()).isEqualTo(fire.groupKey());
    assertThat(clear.alerts().get(0).status()).isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void aLoneAlertWithoutTimesStartedWhenItArrivedAndIsItsOwnGroup() throws Exception {
    AlertBatch batch =
        GenericPayload.parse(
            utf8("{\"alerts\":[{\"dedupKey\":\"backup-late\",\"summary\":\"Backup late\"}]}"),
            RECEIVED);

    Alert alert = batch.alerts().get(0);
    assertThat(batch.groupKey()).isEqualTo("backup-late");
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.startsAt()).isEqualTo(RECEIVED);
    assertThat(alert.endsAt()).isEmpty();
    assertThat(alert.labels()).isEmpty();
    assertThat(alert.summary()).isEqualTo("Backup late");
  }

  @Test
  void aResolveWithoutTimesEndsWhenItArrives() throws Exception {
    Alert alert =
        GenericPayload.parse(
                utf8("{\"alerts\":[{\"dedupKey\":\"backup-late\",\"status\":\"resolved\"}]}"),
                RECEIVED)
            .alerts()
            .get(0);

    assertThat(alert.endsAt()).contains(RECEIVED);
    assertThat(alert.startsAt()).isEqualTo(RECEIVED);
  }

  @Test
  void aResolveThatEndedBeforeItArrivedDidNotStartAfterItEnded() throws Exception {
    Alert alert =
        GenericPayload.parse(
                utf8(
                    "{\"alerts\":[{\"dedupKey\":\"k\",\"status\":\"resolved\","
                        + "\"endsAt\":\"2026-11-24T09:10:00+01:00\"}]}"),
                RECEIVED)
            .alerts()
            .get(0);

    assertThat(alert.endsAt()).contains(Instant.parse("2026-11-24T08:10:00Z"));
    assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-11-24T08:10:00Z"));
  }

  @Test
  void aSummaryGivenAsAnAnnotationIsEnough() throws Exception {
    Alert alert =
        GenericPayload.parse(
                utf8(
                    "{\"alerts\":[{\"dedupKey\":\"k\",\"annotations\":{\"summary\":\"Queue"
                        + " stuck\"},\"service\":\"billing\"}]}"),
                RECEIVED)
            .alerts()
            .get(0);

    assertThat(alert.summary()).isEqualTo("Queue stuck");
    assertThat(alert.labels()).containsEntry("service", "billing");
  }

  @Test
  void serviceAndLabelsServiceThatAgreeAreFine() throws Exception {
    Alert alert =
        GenericPayload.parse(
                utf8(
                    "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"service\":\"billing\","
                        + "\"labels\":{\"service\":\"billing\"}}]}"),
                RECEIVED)
            .alerts()
            .get(0);

    assertThat(alert.labels()).isEqualTo(Map.of("service", "billing"));
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal("{\"alerts\":[{\"summary\":\"s\"}]}", "alerts[0].dedupKey", "missing"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"\",\"summary\":\"s\"}]}",
            "alerts[0].dedupKey",
            "must not be empty"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"" + "k".repeat(257) + "\",\"summary\":\"s\"}]}",
            "alerts[0].dedupKey",
            "257 characters is longer than the 256 Beacon takes"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\"}]}",
            "alerts[0].summary",
            "missing; a firing alert needs a summary"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"startAt\":\"2026-11-24T09:00:00Z\"}]}",
            "alerts[0].startAt",
            "unknown field; the fields are dedupKey, status, summary"),
        refusal(
            "{\"alert\":{\"dedupKey\":\"k\"}}", "alert", "unknown field; the fields are version"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"a\",\"summary\":\"s\"},{\"dedupKey\":\"b\",\"summary\":\"s\"}]}",
            "group",
            "missing; a request with more than one alert needs a group"),
        refusal(
            "{\"group\":\"g\",\"alerts\":[{\"dedupKey\":\"a\",\"summary\":\"s\"},"
                + "{\"dedupKey\":\"a\",\"status\":\"resolved\"}]}",
            "alerts[1].dedupKey",
            "'a' is already used by alerts[0]"),
        refusal(
            "{\"group\":\""
                + "g".repeat(1001)
                + "\",\"alerts\":[{\"dedupKey\":\"a\",\"summary\":\"s\"}]}",
            "group",
            "1001 characters is longer than the 1000"),
        refusal("{\"group\":\"g\",\"alerts\":[]}", "alerts", "must hold at least one alert"),
        refusal("{\"group\":\"g\"}", "alerts", "missing"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"status\":\"open\"}]}",
            "alerts[0].status",
            "'open' is not one of firing, resolved"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"endsAt\":\"2026-11-24T09:00:00Z\"}]}",
            "alerts[0].endsAt",
            "a firing alert has not ended"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"status\":\"resolved\","
                + "\"startsAt\":\"2026-11-24T09:00:00Z\",\"endsAt\":\"2026-11-24T08:00:00Z\"}]}",
            "alerts[0].endsAt",
            "is before startsAt"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"startsAt\":\"2026-13-01\"}]}",
            "alerts[0].startsAt",
            "'2026-13-01' is not an RFC 3339 time"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"startsAt\":\"+12026-11-24T09:00:00Z\"}]}",
            "alerts[0].startsAt",
            "is not an RFC 3339 time"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"link\":\"javascript:alert(1)\"}]}",
            "alerts[0].link",
            "'javascript:alert(1)' is not an absolute http:// or https:// URL"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"link\":\"/checks/42\"}]}",
            "alerts[0].link",
            "is not an absolute http:// or https:// URL"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"service\":\"a\","
                + "\"labels\":{\"service\":\"b\"}}]}",
            "alerts[0].service",
            "'a' contradicts labels.service 'b'"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"severity\":\"\"}]}",
            "alerts[0].severity",
            "must not be empty"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"severity\":1}]}",
            "alerts[0].severity",
            "must be a string, got the number 1"),
        refusal(
            "{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\",\"labels\":{\"env\":[\"prod\"]}}]}",
            "alerts[0].labels.env",
            "must be a string, got an array"),
        refusal(
            "{\"version\":2,\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\"}]}",
            "version",
            "2 is not understood; Beacon understands generic alert payload version 1"),
        refusal(
            "{\"version\":\"1\",\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\"}]}",
            "version",
            "must be a whole number, got the string '1'"),
        refusal("{\"alerts\":[{\"dedupKey\":\"k\",\"summary\":\"s\"}", "body", "not valid JSON"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("refusals")
  void mistakesAreRefusedNamingTheField(String body, String field, String problem) {
    assertThatThrownBy(() -> GenericPayload.parse(utf8(body), RECEIVED))
        .isInstanceOfSatisfying(
            AlertPayloadException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageStartingWith(field + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void tooManyAlertsAreRefusedWithTheCap() {
    StringBuilder body = new StringBuilder("{\"group\":\"g\",\"alerts\":[");
    for (int i = 0; i <= PayloadLimits.MAX_ALERTS; i++) {
      body.append(i == 0 ? "" : ",").append("{\"dedupKey\":\"k").append(i).append("\"}");
    }
    body.append("]}");

    assertThatThrownBy(() -> GenericPayload.parse(utf8(body.toString()), RECEIVED))
        .hasMessage(
            "alerts: 1001 alerts is more than the 1000 Beacon takes at once; send them in smaller"
                + " batches");
  }

  private static Arguments refusal(String body, String field, String problem) {
    return Arguments.of(body, field, problem);
  }

  private static String docsText() throws IOException {
    // Surefire runs in the module's directory; the docs are the reactor's.
    return Files.readString(Path.of("..", "docs", "alerts-generic.md"));
  }

  private static String docsBlock(String language, int index) throws IOException {
    Matcher blocks =
        Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(docsText());
    for (int i = 0; i <= index; i++) {
      assertThat(blocks.find()).as("code block %d in docs/alerts-generic.md", i).isTrue();
    }
    return blocks.group(1);
  }
}
