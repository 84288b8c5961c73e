package dev.beacon.bench.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON, escaping at random
 * (so the same text arrives raw UTF-8 or as {@code \\uXXXX}) and writing lone surrogates as
 * escapes, which a UTF-8 encoder cannot. {@link Raw} values are written verbatim, for numbers out
 * of range and deliberately broken fragments.
 */
final class FuzzJson {

  /** Text written as is into the JSON. */
  record Raw(String json) {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private FuzzJson() {}

  static byte[] write(Object value, Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, r, out);
    return out.toByteArray();
  }

  private static void write(Object v, Random r, ByteArrayOutputStream out) {
    if (v == null) {
      ascii(out, "null");
    } else if (v instanceof Raw raw) {
      out.writeBytes(raw.json().getBytes(StandardCharsets.UTF_8));
    } else if (v instanceof String s) {
      string(s, r, out);
    } else if (v instanceof Number || v instanceof Boolean) {
      ascii(out, v.toString());
    } else if (v instanceof Map<?, ?> m) {
      out.write('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          out.write(',');
        }
        first = false;
        string(String.valueOf(e.getKey()), r, out);
        out.write(':');
        write(e.getValue(), r, out);
      }
      out.write('}');
    } else if (v instanceof List<?> l) {
      out.write('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        write(l.get(i), r, out);
      }
      out.write(']');
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass());
    }
  }

  private static void string(String s, Random r, ByteArrayOutputStream out) {
    boolean escapeAll = s.length() < 4096 && r.nextInt(8) == 0;
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone =
          Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)));
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || lone || (escapeAll && c > 0x7e)) {
        b.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]);
        b.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      } else {
        b.append(c);
      }
    }
    b.append('"');
    out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void ascii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
