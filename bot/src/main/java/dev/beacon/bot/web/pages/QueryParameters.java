package dev.beacon.bot.web.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A URL's query string as names and values, as an HTML form sends it; empty values are absent. */
final class QueryParameters {

  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Decodes {@code rawQuery} (may be null).
   *
   * @throws BadParameter for a malformed escape or a parameter given twice
   */
  static QueryParameters parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        String[] kv = pair.split("=", 2);
        String name = decode(kv[0], kv[0]);
        String value = kv.length == 2 ? decode(name, kv[1]).strip() : "";
        if (value.isEmpty()) {
          continue;
        }
        if (values.putIfAbsent(name, value) != null) {
          throw new BadParameter(name, "Give '" + name + "' once.");
        }
      }
    }
    return new QueryParameters(values);
  }

  private static String decode(String name, String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadParameter(name, "'" + name + "' is not URL-encoded correctly.");
    }
  }

  /** The value of {@code name}, if given and not blank. */
  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The names given. */
  Iterable<String> names() {
    return values.keySet();
  }
}
