package dev.beacon.integrations.alerts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One value in a received JSON body together with its path ({@code alerts[2].labels.severity}), so
 * that every refusal names the field at fault. A field that is absent and one that is JSON {@code
 * null} read the same: Go senders write {@code null} for an empty map.
 */
final class PayloadNode {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int QUOTE_MAX = 60;

  private final JsonNode node;
  private final String path;

  private PayloadNode(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The body's top-level value, which must be a JSON object. */
  static PayloadNode parse(byte[] body) throws AlertPayloadException {
    if (body == null || body.length == 0) {
      throw new AlertPayloadException("body", "empty; expected a JSON object");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AlertPayloadException("body", "not valid JSON (" + where(e) + ")");
    } catch (IOException e) {
      // Jackson reports undecodable bytes as a CharConversionException, not a parse error.
      throw new AlertPayloadException("body", "not valid JSON (not UTF-8 text)");
    } catch (RuntimeException e) {
      // Not expected from Jackson's tree reader; the sender still deserves a 400, not a 500.
      throw new AlertPayloadException("body", "not readable JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw new AlertPayloadException("body", "empty; expected a JSON object");
    }
    if (!root.isObject()) {
      throw new AlertPayloadException("body", "must be a JSON object, got " + describe(root));
    }
    return new PayloadNode(root, "");
  }

  /** Where this value sits in the body, e.g. {@code alerts[0].fingerprint}. */
  String path() {
    return path.isEmpty() ? "body" : path;
  }

  /** Whether the field is there and not {@code null}. */
  boolean present() {
    return node != null && !node.isNull() && !node.isMissingNode();
  }

  /** A field of this object; absent fields give an absent node. */
  PayloadNode field(String name) {
    String childPath =
        PLAIN_NAME.matcher(name).matches()
            ? (path.isEmpty() ? name : path + "." + name)
            : path + "[" + quoteName(name) + "]";
    return new PayloadNode(node == null ? null : node.get(name), childPath);
  }

  /** The names of this object's fields, in the order received. */
  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Requires an object here. */
  PayloadNode object() throws AlertPayloadException {
    requirePresent();
    if (!node.isObject()) {
      throw fail("must be an object, got " + describe(node));
    }
    return this;
  }

  /** A required string (it may be empty). */
  String text() throws AlertPayloadException {
    requirePresent();
    if (!node.isTextual()) {
      throw fail("must be a string, got " + describe(node));
    }
    return node.textValue();
  }

  /** An optional string: empty when absent or null. */
  Optional<String> optionalText() throws AlertPayloadException {
    return present() ? Optional.of(text()) : Optional.empty();
  }

  /** A required string with something in it, at most {@code max} characters. */
  String nonBlankText(int max) throws AlertPayloadException {
    String t = text();
    if (t.isBlank()) {
      throw fail("must not be empty");
    }
    if (t.length() > max) {
      throw fail(t.length() + " characters is longer than the " + max + " Beacon takes");
    }
    return t;
  }

  /** One of {@code allowed}, e.g. {@code firing} or {@code resolved}. */
  String oneOf(String... allowed) throws AlertPayloadException {
    String t = text();
    for (String a : allowed) {
      if (a.equals(t)) {
        return t;
      }
    }
    throw fail(quote(t) + " is not one of " + String.join(", ", allowed));
  }

  /**
   * An optional whole number ({@code truncatedAlerts}, {@code orgId}); {@code min} or more. Its
   * value, or -1 when absent (or beyond a long).
   */
  long optionalWholeNumber(long min) throws AlertPayloadException {
    if (!present()) {
      return -1;
    }
    if (!node.isIntegralNumber()) {
      throw fail("must be a whole number, got " + describe(node));
    }
    if (node.canConvertToLong() ? node.longValue() < min : node.bigIntegerValue().signum() < 0) {
      throw fail("must be " + min + " or more, got " + node.asText());
    }
    return node.canConvertToLong() ? node.longValue() : -1;
  }

  /** A map of names to strings; absent or null is empty. */
  Map<String, String> stringMap() throws AlertPayloadException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!present()) {
      return out;
    }
    object();
    for (String name : fieldNames()) {
      PayloadNode value = field(name);
      if (name.isEmpty()) {
        throw fail("a name is empty");
      }
      if (!value.node.isTextual()) {
        throw value.fail("must be a string, got " + describe(value.node));
      }
      out.put(name, value.node.textValue());
    }
    return out;
  }

  /** A required array of 1 to {@code max} alert objects; {@code tooMany} says what to do then. */
  List<PayloadNode> alerts(int max, String tooMany) throws AlertPayloadException {
    requirePresent();
    if (!node.isArray()) {
      throw fail("must be an array, got " + describe(node));
    }
    if (node.isEmpty()) {
      throw fail("must hold at least one alert, got an empty array");
    }
    if (node.size() > max) {
      throw fail(
          node.size() + " alerts is more than the " + max + " Beacon takes at once; " + tooMany);
    }
    List<PayloadNode> out = new ArrayList<>(node.size());
    Iterator<JsonNode> items = node.elements();
    for (int i = 0; items.hasNext(); i++) {
      out.add(new PayloadNode(items.next(), path + "[" + i + "]").object());
    }
    return out;
  }

  /** A required RFC 3339 time. */
  Instant time() throws AlertPayloadException {
    String t = text();
    return Rfc3339.parse(t)
        .orElseThrow(
            () -> fail(quote(t) + " is not an RFC 3339 time like 2026-11-24T05:12:17.765Z"));
  }

  /** An optional RFC 3339 time: empty when absent, null or the empty string. */
  Optional<Instant> optionalTime() throws AlertPayloadException {
    if (!present() || (node.isTextual() && node.textValue().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(time());
  }

  /** The JSON value itself, for formats with open-ended fields (Grafana's {@code values}). */
  JsonNode json() {
    return node;
  }

  /** A refusal naming this field. */
  AlertPayloadException fail(String problem) {
    return new AlertPayloadException(path(), problem);
  }

  /** {@code text} in single quotes, shortened and with control characters escaped. */
  static String quote(String text) {
    return "'" + printable(text, QUOTE_MAX) + "'";
  }

  /** The JSON type (and a glimpse of the value) in words: {@code the number 3}, {@code null}. */
  static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isNull()) {
      return "null";
    }
    if (v.isTextual()) {
      return "the string " + quote(v.textValue());
    }
    if (v.isNumber()) {
      return "the number " + printable(v.asText(), QUOTE_MAX);
    }
    if (v.isBoolean()) {
      return v.asText();
    }
    return v.isArray() ? "an array" : "an object";
  }

  private void requirePresent() throws AlertPayloadException {
    if (node == null || node.isMissingNode()) {
      throw fail("missing");
    }
    if (node.isNull()) {
      throw fail("must not be null");
    }
  }

  private static String quoteName(String name) {
    return "\"" + printable(name, QUOTE_MAX).replace("\"", "\\\"") + "\"";
  }

  private static String printable(String text, int max) {
    StringBuilder out = new StringBuilder();
    int n = Math.min(max, text.length());
    if (n < text.length() && n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
      n--;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validPair(text, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return n < text.length() ? out.append('…').toString() : out.toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static String where(JsonProcessingException e) {
    String what = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    // Jackson's own wording, without its notes on the input source ("[Source: REDACTED ...").
    for (String tail : new String[] {"\n", " (start marker at", " at [Source"}) {
      int cut = what.indexOf(tail);
      what = cut < 0 ? what : what.substring(0, cut);
    }
    what = printable(what, 3 * QUOTE_MAX);
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return what;
    }
    return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
  }
}
