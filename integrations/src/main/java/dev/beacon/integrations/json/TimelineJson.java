package dev.beacon.integrations.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.timeline.TimelineEvent;

/**
 * Beacon's JSON codec for incidents and timeline events, in both directions. Events carry their
 * {@link TimelineEvent#kind()} as the type discriminator; instants are ISO-8601 strings; each
 * document carries a format {@code version}. Reading fails with a {@link JsonFormatException}
 * naming the unknown kind or the missing field. Thread-safe.
 */
public final class TimelineJson {

  /** The format version written for events and incidents; newer versions are refused on read. */
  public static final int FORMAT_VERSION = EventNodes.VERSION;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TimelineJson() {}

  /** The event as one line of JSON. */
  public static String toJson(TimelineEvent event) {
    return write(toNode(event));
  }

  /** The event as a JSON tree, to embed in a larger document. */
  public static ObjectNode toNode(TimelineEvent event) {
    return EventNodes.write(event);
  }

  /**
   * Reads an event written by {@link #toJson(TimelineEvent)}.
   *
   * @throws JsonFormatException when the text is not JSON or not an event this version can read
   */
  public static TimelineEvent eventFromJson(String json) {
    return eventFromNode(parse(json, "timeline event"));
  }

  /** Reads an event from a JSON tree, e.g. one element of an exported list. */
  public static TimelineEvent eventFromNode(JsonNode node) {
    return EventNodes.read(NodeReader.of(node, "timeline event"));
  }

  /** The incident as one line of JSON. */
  public static String toJson(Incident incident) {
    return write(toNode(incident));
  }

  /** The incident as a JSON tree, to embed in a larger document. */
  public static ObjectNode toNode(Incident incident) {
    return IncidentNodes.write(incident);
  }

  /**
   * Reads an incident written by {@link #toJson(Incident)}.
   *
   * @throws JsonFormatException when the text is not JSON or not an incident this version can read
   */
  public static Incident incidentFromJson(String json) {
    return incidentFromNode(parse(json, "incident"));
  }

  /** Reads an incident from a JSON tree. */
  public static Incident incidentFromNode(JsonNode node) {
    return IncidentNodes.read(NodeReader.of(node, "incident"));
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static JsonNode parse(String json, String what) {
    if (json == null || json.isBlank()) {
      throw new JsonFormatException("Cannot read the " + what + ": the text is empty.");
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new JsonFormatException(
          "Cannot read the " + what + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
    }
  }
}
