package dev.beacon.integrations.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.Closed;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.EscalationExhausted;
import dev.beacon.core.timeline.HandedOver;
import dev.beacon.core.timeline.HyperCareEnded;
import dev.beacon.core.timeline.HyperCareStarted;
import dev.beacon.core.timeline.Joined;
import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.MessageEdited;
import dev.beacon.core.timeline.MessageReleased;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.PageAttempted;
import dev.beacon.core.timeline.PageUndeliverable;
import dev.beacon.core.timeline.Paged;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.RoleAssigned;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.core.timeline.UpdateOverdue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Incidents and every timeline event kind survive the trip to JSON and back, readably. */
class TimelineJsonTest {

  private static final IncidentId INC = new IncidentId(42);
  private static final Instant AT = Instant.parse("2026-11-24T09:15:30.123456789Z");
  private static final Actor ALICE = Actor.person("alice");
  private static final String UNICODE = "Zahlungen fallen aus — ünïcödé 支付 🚨🔥";
  private static final String MULTI_LINE = "line one\nline two\r\n\ttabbed \"quoted\" \\ back";

  static Stream<TimelineEvent> everyKind() {
    return Stream.of(
        new Declared(
            INC,
            AT,
            ALICE,
            UNICODE,
            Severity.SEV2,
            List.of("payments-api", "nav"),
            "pune",
            true,
            true),
        new Declared(INC, AT, Actor.BEACON, "plain", Severity.SEV4, List.of(), "", false, false),
        new Acknowledged(INC, AT, Actor.person("wei")),
        new RoleAssigned(INC, AT, ALICE, Role.COMMANDER, ALICE, ""),
        new RoleAssigned(INC, AT, ALICE, Role.COMMS_LEAD, Actor.person("jan"), "wei"),
        new SeverityChanged(INC, AT, ALICE, Severity.SEV3, Severity.SEV1, MULTI_LINE),
        new StatusPosted(INC, AT, ALICE, UNICODE, "EU cards", MULTI_LINE),
        new NoteAdded(INC, AT, ALICE, MULTI_LINE + " " + UNICODE),
        new Mitigated(INC, AT, ALICE, ""),
        new Resolved(INC, AT, ALICE, "rolled back 🎉"),
        new Reopened(INC, AT, ALICE, "came back"),
        new Closed(
            INC,
            AT,
            ALICE,
            Review.of("EU payments failed 20m", MULTI_LINE, List.of("canary", "alert 🚨"))),
        new Paged(INC, AT, Actor.BEACON, "wei", 1, 0, "level 1 (on-call): " + UNICODE),
        new Escalated(INC, AT, ALICE, 1, 2, 1, "escalated by alice"),
        new EscalationExhausted(INC, AT, Actor.BEACON, 2),
        new UpdateOverdue(INC, AT, Actor.BEACON, Instant.parse("2026-11-24T09:00:00Z")),
        new HyperCareStarted(
            INC, AT, Actor.BEACON, "month-end", Instant.parse("2026-12-01T23:00:00Z")),
        new HyperCareEnded(INC, AT, Actor.BEACON, "month-end"),
        new PageAttempted(INC, AT, Actor.BEACON, "wei", "pagerduty", 3, "retry", "HTTP 503"),
        new PageUndeliverable(INC, AT, Actor.BEACON, "wei", "no contact method left"),
        new MessageCaptured(
            INC,
            AT,
            ALICE,
            "wei",
            MULTI_LINE + UNICODE,
            List.of("graph.png"),
            AT,
            "https://discord.com/channels/1/2/3"),
        new MessageReleased(INC, AT, ALICE, "https://discord.com/channels/1/2/3"),
        new MessageEdited(
            INC,
            AT,
            Actor.person("wei"),
            MULTI_LINE + UNICODE,
            Instant.parse("2026-11-24T09:15:29.5Z"),
            "https://discord.com/channels/1/2/3"),
        new HandedOver(INC, AT, Actor.BEACON, "payments", "warsaw", "shanghai", "li"),
        new Joined(INC, AT, Actor.person("jan")),
        new dev.beacon.core.timeline.AlertFired(
            INC,
            AT,
            Actor.system("alertmanager"),
            "455084bd7a034951",
            "NavCalculationLate",
            "NAV batch has not finished 30m after cut-off " + UNICODE,
            Instant.parse("2026-11-24T05:12:17.765899766Z"),
            "http://prometheus.example/graph?g0.expr=up"),
        new dev.beacon.core.timeline.Rated(
            INC, AT, Actor.person("sam"), 4, "kept us posted " + UNICODE),
        new dev.beacon.core.timeline.FollowUpDone(
            INC, AT, ALICE, 2, "Alert 14 days before expiry " + UNICODE),
        new dev.beacon.core.timeline.AlertResolved(
            INC,
            AT,
            Actor.system("alertmanager"),
            "455084bd7a034951",
            "NavCalculationLate",
            Instant.parse("2026-11-24T05:40:00Z")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKind")
  @DisplayName("every event kind reads back equal to what was written")
  void everyEventKindRoundTrips(TimelineEvent event) {
    String json = TimelineJson.toJson(event);

    assertThat(TimelineJson.eventFromJson(json)).isEqualTo(event);
    assertThat(TimelineJson.eventFromNode(TimelineJson.toNode(event))).isEqualTo(event);
    assertThat(json).doesNotContain("\n");
  }

  @Test
  @DisplayName("the test covers every kind in the sealed family")
  void coversEveryKind() {
    assertThat(everyKind().map(TimelineEvent::kind).distinct())
        .containsExactlyInAnyOrderElementsOf(EventNodes.KINDS);
    assertThat(TimelineEvent.class.getPermittedSubclasses()).hasSize(EventNodes.KINDS.size());
  }

  @Test
  @DisplayName("an event reads as plain fields: incident, at, actor, kind, then its own")
  void eventFieldsAreReadable() throws Exception {
    String json =
        TimelineJson.toJson(
            new SeverityChanged(INC, AT, ALICE, Severity.SEV3, Severity.SEV2, "customers hit"));

    assertThat(json)
        .isEqualTo(
            "{\"incident\":\"INC-42\",\"at\":\"2026-11-24T09:15:30.123456789Z\",\"actor\":\"alice\","
                + "\"kind\":\"severity-changed\",\"from\":\"SEV3\",\"to\":\"SEV2\","
                + "\"reason\":\"customers hit\",\"version\":1}");
    assertThat(new ObjectMapper().readTree(json).has("system")).isFalse();
  }

  @Test
  @DisplayName("an incident, open or closed with its review, reads back equal")
  void incidentRoundTrips() {
    Incident open =
        new Incident(
            INC,
            UNICODE,
            MULTI_LINE,
            Severity.SEV1,
            Status.ACKNOWLEDGED,
            List.of("payments-api"),
            "warsaw",
            Map.of(Role.COMMANDER, ALICE, Role.SCRIBE, Actor.person("jan")),
            true,
            false,
            AT,
            AT.plusSeconds(60),
            null);
    Incident closed =
        open.closedWith(Review.of("impact", "cause", List.of()), AT.plusSeconds(3600));

    assertThat(TimelineJson.incidentFromJson(TimelineJson.toJson(open))).isEqualTo(open);
    assertThat(TimelineJson.incidentFromJson(TimelineJson.toJson(closed))).isEqualTo(closed);
    assertThat(TimelineJson.incidentFromNode(TimelineJson.toNode(closed))).isEqualTo(closed);
    JsonNode tree = TimelineJson.toNode(open);
    assertThat(tree.get("id").asText()).isEqualTo("INC-42");
    assertThat(tree.get("status").asText()).isEqualTo("acknowledged");
    assertThat(tree.get("roles").get("commander").asText()).isEqualTo("alice");
  }

  @Test
  @DisplayName("an unknown event kind is refused, naming it and the known kinds")
  void unknownKindIsRefused() {
    ObjectNode node = TimelineJson.toNode(new Acknowledged(INC, AT, ALICE));
    node.put("kind", "teleported");

    assertThatThrownBy(() -> TimelineJson.eventFromNode(node))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("unknown kind 'teleported'")
        .hasMessageContaining("note-added");
  }

  @Test
  @DisplayName("a missing field is refused, naming the field, the kind and the incident")
  void missingFieldIsRefused() {
    ObjectNode node = TimelineJson.toNode(new NoteAdded(INC, AT, ALICE, "hello"));
    node.remove("text");

    assertThatThrownBy(() -> TimelineJson.eventFromNode(node))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("Cannot read the note-added event of INC-42: missing field 'text'.");
  }

  @Test
  @DisplayName("a bad value is refused, naming the field")
  void badValueIsRefused() {
    ObjectNode node = TimelineJson.toNode(new Acknowledged(INC, AT, ALICE));
    node.put("at", "yesterday");
    ObjectNode incident =
        TimelineJson.toNode(
            new Incident(
                INC,
                "t",
                "",
                Severity.SEV3,
                Status.DECLARED,
                List.of(),
                "",
                Map.of(),
                false,
                false,
                AT,
                AT,
                null));
    incident.put("severity", "SEV9");

    assertThatThrownBy(() -> TimelineJson.eventFromNode(node))
        .hasMessageContaining("field 'at' must be an ISO-8601 instant");
    assertThatThrownBy(() -> TimelineJson.incidentFromNode(incident))
        .hasMessage("Cannot read the incident INC-42: field 'severity' has unknown value 'SEV9'.");
  }

  @Test
  @DisplayName("a document from a newer format version is refused rather than misread")
  void newerVersionIsRefused() {
    ObjectNode node = TimelineJson.toNode(new Acknowledged(INC, AT, ALICE));
    node.put("version", 2);

    assertThatThrownBy(() -> TimelineJson.eventFromNode(node))
        .hasMessageContaining("format version 2 by a newer Beacon");
  }

  @Test
  @DisplayName("text that is not JSON is refused with a readable message")
  void notJsonIsRefused() {
    assertThatThrownBy(() -> TimelineJson.eventFromJson("{not json"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("Cannot read the timeline event: not valid JSON");
    assertThatThrownBy(() -> TimelineJson.incidentFromJson("[]"))
        .hasMessageContaining("Expected a JSON object for incident");
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a review written by an earlier Beacon (follow-ups as plain text) still reads")
  void earlierReviewsStillRead() {
    String older =
        "{\"incident\":\"INC-7\",\"at\":\"2026-11-24T10:00:00Z\",\"actor\":\"alice\","
            + "\"kind\":\"closed\",\"version\":1,\"review\":{\"impact\":\"20m\","
            + "\"rootCause\":\"bad deploy\",\"followUps\":[\"canary\",\"alert\"]}}";

    TimelineEvent read = TimelineJson.eventFromJson(older);

    dev.beacon.core.incident.Review review = ((dev.beacon.core.timeline.Closed) read).review();
    assertThat(review.contributingFactors()).isEmpty();
    assertThat(review.followUps())
        .extracting(dev.beacon.core.incident.FollowUp::describe)
        .containsExactly("canary", "alert");
  }
}
