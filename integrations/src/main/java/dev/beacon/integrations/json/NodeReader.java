package dev.beacon.integrations.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the fields of one JSON object, failing with a message that names the field and the object
 * ({@code "missing field 'text' in a note-added event of INC-42"}).
 */
final class NodeReader {

  private final JsonNode node;
  private final String what;

  private NodeReader(JsonNode node, String what) {
    this.node = node;
    this.what = what;
  }

  /** A reader over {@code node}, described in messages as {@code what}. */
  static NodeReader of(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new JsonFormatException(
          "Expected a JSON object for " + what + " but found " + describe(node) + ".");
    }
    return new NodeReader(node, what);
  }

  /** The same object, described differently from now on. */
  NodeReader as(String description) {
    return new NodeReader(node, description);
  }

  /** Refuses a format version newer than {@code known}; an absent version means 1. */
  void checkVersion(int known) {
    JsonNode v = node.get("version");
    if (v == null || v.isNull()) {
      return;
    }
    if (!v.canConvertToInt()) {
      throw fail("field 'version' must be a number, got " + describe(v));
    }
    if (v.asInt() > known) {
      throw new JsonFormatException(
          "The "
              + what
              + " was written in format version "
              + v.asInt()
              + " by a newer Beacon; this Beacon reads up to version "
              + known
              + ".");
    }
  }

  /** A required string field; JSON {@code null} reads as {@code null}. */
  String text(String field) {
    JsonNode v = required(field);
    if (v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw fail("field '" + field + "' must be a string, got " + describe(v));
    }
    return v.asText();
  }

  /** A required string field that must not be null or empty. */
  String nonEmptyText(String field) {
    String t = text(field);
    if (t == null || t.isEmpty()) {
      throw fail("field '" + field + "' must not be empty");
    }
    return t;
  }

  boolean bool(String field) {
    JsonNode v = required(field);
    if (!v.isBoolean()) {
      throw fail("field '" + field + "' must be true or false, got " + describe(v));
    }
    return v.asBoolean();
  }

  int integer(String field) {
    JsonNode v = required(field);
    if (!v.isInt()) {
      throw fail("field '" + field + "' must be a whole number, got " + describe(v));
    }
    return v.asInt();
  }

  Instant instant(String field) {
    String t = nonEmptyText(field);
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw fail("field '" + field + "' must be an ISO-8601 instant like 2026-03-29T00:30:00Z");
    }
  }

  Actor actor(String field) {
    return new Actor(nonEmptyText(field));
  }

  IncidentId incidentId(String field) {
    String t = nonEmptyText(field);
    try {
      return IncidentId.parse(t);
    } catch (IllegalArgumentException e) {
      throw fail("field '" + field + "' must be an incident number like INC-42, got '" + t + "'");
    }
  }

  /** A required enum field, written as the constant's name in any case. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String t = nonEmptyText(field);
    try {
      return Enum.valueOf(type, t.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw fail("field '" + field + "' has unknown value '" + t + "'");
    }
  }

  List<String> textList(String field) {
    JsonNode v = required(field);
    if (!v.isArray()) {
      throw fail("field '" + field + "' must be a list of strings, got " + describe(v));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw fail("field '" + field + "' must hold only strings, found " + describe(item));
      }
      out.add(item.asText());
    }
    return out;
  }

  /** A required nested object. */
  NodeReader object(String field, String description) {
    JsonNode v = required(field);
    if (!v.isObject()) {
      throw fail("field '" + field + "' must be an object, got " + describe(v));
    }
    return new NodeReader(v, description);
  }

  /** An optional nested object: absent or null means there is none. */
  NodeReader optionalObject(String field, String description) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return object(field, description);
  }

  /** The underlying node, for iterating over a map-like object. */
  JsonNode node() {
    return node;
  }

  JsonFormatException fail(String problem) {
    return new JsonFormatException("Cannot read the " + what + ": " + problem + ".");
  }

  private JsonNode required(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      throw fail("missing field '" + field + "'");
    }
    return v;
  }

  private static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    String text = v.toString();
    return v.getNodeType().name().toLowerCase(Locale.ROOT)
        + " "
        + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
  }
}
