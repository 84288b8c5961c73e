package dev.beacon.bench.reliability;

import dev.beacon.bench.reliability.FuzzJson.Raw;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated webhook bodies for one hook's format, seeded: well-formed ones full of hostile Unicode,
 * templates with values swapped for wrong types, huge strings, numbers out of range and deep
 * nesting, byte-level damage (invalid UTF-8, NULs, cuts, splices), bodies just under and over the 1
 * MiB limit, and things that are not JSON at all.
 */
final class WebhookBodies {

  /**
   * One body to send.
   *
   * @param kind how it was made, for the report
   * @param bytes the body
   * @param chunked sent without a Content-Length
   * @param contentType the Content-Type header, or null for none
   */
  record Body(String kind, byte[] bytes, boolean chunked, String contentType) {}

  /** The largest body Beacon takes ({@code alerts.maxBodyBytes} by default). */
  static final int LIMIT = 1 << 20;

  /**
   * The largest body sent: under what Beacon reads and discards to answer 413 (16 MiB), beyond
   * which it closes the connection instead, as documented.
   */
  static final int MAX_SENT = 6 << 20;

  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xc0, (byte) 0xaf},
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xed, (byte) 0xbf, (byte) 0xbf},
    {(byte) 0xff},
    {(byte) 0xfe},
    {(byte) 0x80},
    {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xe2, (byte) 0x82},
    {(byte) 0xc3},
    {0},
    {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}
  };

  private final Random r;

  WebhookBodies(long seed) {
    this.r = new Random(seed);
  }

  /** The next body for {@code source} (alertmanager, grafana, generic). */
  Body next(String source) {
    int roll = r.nextInt(100);
    if (roll < 25) {
      return json("unicode-valid", template(source, true));
    }
    if (roll < 45) {
      return json("wrong-types", mutateTree(template(source, r.nextBoolean())));
    }
    if (roll < 60) {
      return new Body(
          "byte-damage", damage(FuzzJson.write(template(source, false), r)), false, type());
    }
    if (roll < 67) {
      return deep(source);
    }
    if (roll < 73) {
      return oversized(source);
    }
    if (roll < 77) {
      return nearLimit(source);
    }
    if (roll < 83) {
      return json("huge-strings", hugeStrings(template(source, r.nextBoolean())));
    }
    if (roll < 91) {
      return notJson(source);
    }
    return json("odd-structure", oddStructure(source));
  }

  private Body json(String kind, Object tree) {
    byte[] bytes = FuzzJson.write(tree, r);
    if (bytes.length > MAX_SENT) {
      bytes = Arrays.copyOf(bytes, MAX_SENT);
    }
    return new Body(kind, bytes, r.nextInt(50) == 0, type());
  }

  private String type() {
    return switch (r.nextInt(12)) {
      case 0 -> null;
      case 1 -> "text/plain";
      case 2 -> "application/json; charset=utf-16";
      case 3 -> "application/x-www-form-urlencoded";
      default -> "application/json";
    };
  }

  // --- templates -------------------------------------------------------------------------------

  private String word(boolean hostile, int max) {
    return hostile ? FuzzStrings.text(r, max) : "w" + r.nextInt(1_000_000);
  }

  private Map<String, Object> template(String source, boolean hostile) {
    return switch (source) {
      case "alertmanager" -> envelope(hostile, "4", false);
      case "grafana" -> envelope(hostile, "1", true);
      default -> generic(hostile);
    };
  }

  private Map<String, Object> envelope(boolean hostile, String version, boolean grafana) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("receiver", word(hostile, 20));
    root.put("status", r.nextInt(4) == 0 ? "resolved" : "firing");
    root.put("version", version);
    root.put("groupKey", "{}:{g=\"" + word(hostile, 60) + "\"}");
    root.put("truncatedAlerts", r.nextInt(3));
    root.put("externalURL", "http://am.example:9093/" + word(hostile, 10));
    root.put("groupLabels", map("g", word(hostile, 10)));
    root.put("commonLabels", new LinkedHashMap<>());
    root.put("commonAnnotations", new LinkedHashMap<>());
    if (grafana) {
      root.put("orgId", 1 + r.nextInt(3));
      root.put("title", word(hostile, 80));
      root.put("state", "alerting");
      root.put("message", word(hostile, 200));
    }
    List<Object> alerts = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      Map<String, Object> a = new LinkedHashMap<>();
      boolean firing = r.nextInt(4) != 0;
      a.put("status", firing ? "firing" : "resolved");
      a.put("fingerprint", word(hostile, 40) + i);
      Map<String, Object> labels = new LinkedHashMap<>();
      labels.put("alertname", word(hostile, 40));
      labels.put("service", r.nextInt(3) == 0 ? word(hostile, 20) : DrillConfig.SERVICE);
      labels.put("severity", r.nextBoolean() ? "critical" : word(hostile, 10));
      labels.put(word(hostile, 12), word(hostile, 30));
      a.put("labels", labels);
      Map<String, Object> annotations = new LinkedHashMap<>();
      annotations.put("summary", word(hostile, 120));
      annotations.put("runbook_url", "https://wiki.example.com/" + word(hostile, 20));
      a.put("annotations", annotations);
      Instant now = Instant.now();
      a.put("startsAt", now.minusSeconds(600).toString());
      a.put("endsAt", firing ? "0001-01-01T00:00:00Z" : now.toString());
      a.put("generatorURL", r.nextBoolean() ? "" : "http://prom.example/" + word(hostile, 20));
      if (grafana) {
        a.put("values", map("B", r.nextDouble() * 1e6));
        a.put("valueString", word(hostile, 50));
      }
      alerts.add(a);
    }
    root.put("alerts", alerts);
    return root;
  }

  private Map<String, Object> generic(boolean hostile) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    root.put("group", word(hostile, 60));
    List<Object> alerts = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("dedupKey", word(hostile, 40) + i);
      boolean firing = r.nextInt(4) != 0;
      a.put("status", firing ? "firing" : "resolved");
      if (firing) {
        a.put("summary", word(hostile, 120));
        a.put("service", r.nextInt(3) == 0 ? word(hostile, 20) : DrillConfig.SERVICE);
        a.put("severity", r.nextBoolean() ? "critical" : word(hostile, 10));
        a.put("labels", map(word(hostile, 12), word(hostile, 30)));
        a.put("annotations", map("runbook_url", "https://x.example/" + word(hostile, 10)));
        a.put("link", "https://checks.example.com/" + word(hostile, 20));
      } else {
        a.put("endsAt", Instant.now().toString());
      }
      alerts.add(a);
    }
    root.put("alerts", alerts);
    return root;
  }

  // --- mutations -------------------------------------------------------------------------------

  /** Replaces, removes or multiplies a few values anywhere in the tree. */
  @SuppressWarnings("unchecked")
  private Object mutateTree(Map<String, Object> root) {
    for (int edits = 1 + r.nextInt(3); edits > 0; edits--) {
      List<Object> containers = new ArrayList<>();
      collect(root, containers);
      Object c = containers.get(r.nextInt(containers.size()));
      if (c instanceof Map<?, ?> m && !m.isEmpty()) {
        Map<String, Object> map = (Map<String, Object>) m;
        String key = new ArrayList<>(map.keySet()).get(r.nextInt(map.size()));
        if (r.nextInt(5) == 0) {
          map.remove(key);
        } else {
          map.put(key, oddValue());
        }
      } else if (c instanceof List<?> l && !l.isEmpty()) {
        List<Object> list = (List<Object>) l;
        int i = r.nextInt(list.size());
        switch (r.nextInt(3)) {
          case 0 -> list.set(i, oddValue());
          case 1 -> list.remove(i);
          default -> {
            for (int copies = r.nextInt(1200); copies > 0; copies--) {
              list.add(list.get(i));
            }
          }
        }
      }
    }
    return root;
  }

  private static void collect(Object node, List<Object> into) {
    if (node instanceof Map<?, ?> m) {
      into.add(m);
      m.values().forEach(v -> collect(v, into));
    } else if (node instanceof List<?> l) {
      into.add(l);
      l.forEach(v -> collect(v, into));
    }
  }

  private Object oddValue() {
    return switch (r.nextInt(22)) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> r.nextBoolean();
      case 3 -> r.nextInt(9) - 4;
      case 4 -> new Raw("1e400");
      case 5 -> new Raw("-1e400");
      case 6 -> new Raw("123456789012345678901234567890123456789");
      case 7 -> new Raw("-9223372036854775809");
      case 8 -> new Raw("0.000000000000000000000000000000000000000000001e-400");
      case 9 -> new ArrayList<>(List.of(FuzzStrings.text(r, 10)));
      case 10 -> map(FuzzStrings.text(r, 5), FuzzStrings.text(r, 5));
      case 11 -> FuzzStrings.text(r, 300);
      case 12 -> FuzzStrings.huge(r, 1000 + r.nextInt(60_000));
      case 13 -> "2026-13-01";
      case 14 -> "0001-01-01T00:00:00Z";
      case 15 -> "9999-12-31T23:59:60.9999999999+25:00";
      case 16 -> "+1000000000-12-31T23:59:59Z";
      case 17 -> nested(2 + r.nextInt(2000));
      case 18 -> new Raw(String.valueOf(Long.MAX_VALUE));
      case 19 -> new Raw("1.7976931348623157E309");
      case 20 -> "firing";
      default -> "resolved";
    };
  }

  private static Map<String, Object> map(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  private Object nested(int depth) {
    Object v = FuzzStrings.text(r, 5);
    for (int i = 0; i < depth; i++) {
      v = r.nextBoolean() ? new ArrayList<>(List.of(v)) : map("a", v);
    }
    return v;
  }

  /** Flips, cuts, splices and inserts invalid UTF-8 and NULs. */
  private byte[] damage(byte[] body) {
    byte[] out = body;
    for (int edits = 1 + r.nextInt(4); edits > 0 && out.length > 0; edits--) {
      int at = r.nextInt(out.length);
      switch (r.nextInt(5)) {
        case 0 -> out[at] = (byte) r.nextInt(256);
        case 1 -> out = Arrays.copyOf(out, at);
        case 2, 3 -> out = insert(out, at, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
        default -> {
          int from = r.nextInt(out.length);
          int len = Math.min(out.length - from, 1 + r.nextInt(60));
          out = insert(out, at, Arrays.copyOfRange(out, from, from + len));
        }
      }
    }
    return out;
  }

  private static byte[] insert(byte[] into, int at, byte[] piece) {
    byte[] out = new byte[into.length + piece.length];
    System.arraycopy(into, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(into, at, out, at + piece.length, into.length - at);
    return out;
  }

  /** Deep nesting: as the whole body, or inside a field. */
  private Body deep(String source) {
    int depth = 500 + r.nextInt(r.nextBoolean() ? 5_000 : 200_000);
    if (r.nextBoolean()) {
      String open = r.nextBoolean() ? "[" : "{\"a\":";
      String close = open.equals("[") ? "]" : "}";
      StringBuilder b = new StringBuilder(depth * (open.length() + 1) + 4);
      b.append(open.repeat(depth)).append("1");
      if (r.nextBoolean()) {
        b.append(close.repeat(depth));
      }
      return new Body("deep-nesting", b.toString().getBytes(StandardCharsets.UTF_8), false, type());
    }
    Map<String, Object> root = template(source, false);
    String inner = "[".repeat(Math.min(depth, 100_000)) + "]".repeat(Math.min(depth, 100_000));
    root.put(r.nextBoolean() ? "alerts" : "groupLabels", new Raw(inner));
    return json("deep-nesting", root);
  }

  /** Over the limit: a huge string in a well-formed body, or padding; sometimes chunked. */
  private Body oversized(String source) {
    Map<String, Object> root = template(source, false);
    boolean ascii = r.nextInt(4) != 0;
    int chars = LIMIT + 1 + r.nextInt(r.nextInt(10) == 0 ? LIMIT : LIMIT / 8);
    root.put("padding", ascii ? "p".repeat(chars) : FuzzStrings.huge(r, chars));
    byte[] bytes = FuzzJson.write(root, r);
    if (bytes.length > MAX_SENT) {
      bytes = Arrays.copyOf(bytes, MAX_SENT); // still over the limit; no longer well-formed
    }
    return new Body("oversized", bytes, r.nextInt(4) == 0, "application/json");
  }

  /** Exactly at the limit, or just under: well-formed, padded with a long string or spaces. */
  private Body nearLimit(String source) {
    Map<String, Object> root = template(source, r.nextBoolean());
    byte[] base = FuzzJson.write(root, r);
    int target = LIMIT - r.nextInt(64);
    int room = target - base.length;
    byte[] out = new byte[target];
    System.arraycopy(base, 0, out, 0, base.length);
    Arrays.fill(out, base.length, target, (byte) (r.nextBoolean() ? ' ' : '\n'));
    if (room < 0) {
      return new Body("near-limit", base, false, "application/json");
    }
    return new Body("near-limit", out, r.nextInt(4) == 0, "application/json");
  }

  /** Every string value of a well-formed body made 10k to 200k characters long. */
  @SuppressWarnings("unchecked")
  private Object hugeStrings(Map<String, Object> root) {
    List<Object> containers = new ArrayList<>();
    collect(root, containers);
    for (Object c : containers) {
      if (c instanceof Map<?, ?> m) {
        for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
          if (e.getValue() instanceof String && r.nextInt(3) == 0) {
            e.setValue(FuzzStrings.huge(r, 10_000 + r.nextInt(190_000)));
          }
        }
      }
    }
    return root;
  }

  private Body notJson(String source) {
    byte[] valid = FuzzJson.write(template(source, false), r);
    byte[] bytes =
        switch (r.nextInt(14)) {
          case 0 -> new byte[0];
          case 1 -> " \n\t ".getBytes(StandardCharsets.US_ASCII);
          case 2 -> "null".getBytes(StandardCharsets.US_ASCII);
          case 3 -> "[]".getBytes(StandardCharsets.US_ASCII);
          case 4 -> "42".getBytes(StandardCharsets.US_ASCII);
          case 5 -> "\"alerts\"".getBytes(StandardCharsets.US_ASCII);
          case 6 -> {
            byte[] random = new byte[r.nextInt(4096)];
            r.nextBytes(random);
            yield random;
          }
          case 7 -> insert(valid, 0, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
          case 8 -> new String(valid, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
          case 9 -> new String(valid, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
          case 10 -> "<alerts><alert/></alerts>".getBytes(StandardCharsets.US_ASCII);
          case 11 -> "alerts=1&status=firing&%zz".getBytes(StandardCharsets.US_ASCII);
          case 12 ->
              new String(valid, StandardCharsets.UTF_8)
                  .replace("\"alerts\"", "\"alerts\":[],\"alerts\"")
                  .getBytes(StandardCharsets.UTF_8);
          default ->
              ("{\"alerts\":[" + "{},".repeat(r.nextInt(2000)) + "{}]}")
                  .getBytes(StandardCharsets.US_ASCII);
        };
    return new Body("not-json", bytes, r.nextInt(20) == 0, type());
  }

  @SuppressWarnings("unchecked")
  private Object oddStructure(String source) {
    Map<String, Object> root = template(source, r.nextBoolean());
    List<Object> alerts = (List<Object>) root.get("alerts");
    switch (r.nextInt(7)) {
      case 0 -> root.put("alerts", map("0", alerts.get(0)));
      case 1 -> root.put("alerts", new ArrayList<>());
      case 2 -> {
        for (int i = 0; i < 1000; i++) {
          alerts.add(alerts.get(0));
        }
      }
      case 3 -> {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
          Map<String, Object> a = new LinkedHashMap<>((Map<String, Object>) alerts.get(0));
          a.put(
              source.equals("generic") ? "dedupKey" : "fingerprint",
              "many-" + i + "-" + r.nextInt());
          many.add(a);
        }
        root.put("alerts", many);
      }
      case 4 -> root.put("version", new Raw("1e400"));
      case 5 -> {
        Map<String, Object> a = (Map<String, Object>) alerts.get(0);
        a.put("startsAt", Instant.now().toString());
        a.put("endsAt", Instant.now().minusSeconds(3600).toString());
        a.put("status", "resolved");
      }
      default -> root.put("alerts", new ArrayList<>(List.of(alerts, alerts)));
    }
    return root;
  }
}
