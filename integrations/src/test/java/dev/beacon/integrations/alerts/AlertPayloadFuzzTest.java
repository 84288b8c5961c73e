package dev.beacon.integrations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.alerts.AlertBatch;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated bodies (bytes flipped, cut, spliced; JSON values swapped for wrong types, odd strings and
 * bad times; fields dropped) from the fixtures: a sender never makes Beacon fail with anything but
 * a refusal naming a field, which the endpoint turns into a 400 rather than a 500. Fixed seed, so a
 * failure names a body that can be replayed.
 */
class AlertPayloadFuzzTest {

  private static final long SEED = 20261124L;
  private static final int BODIES_PER_PARSER = 400;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");

  /** A parser under test. */
  private interface Parser {
    AlertBatch parse(byte[] body) throws AlertPayloadException;
  }

  @Test
  void everyAlertmanagerBodyParsesOrIsRefusedNamingAField() {
    fuzz(AlertmanagerPayload::parse, "/alertmanager/firing.json", "/alertmanager/resolved.json");
  }

  @Test
  void everyGrafanaBodyParsesOrIsRefusedNamingAField() {
    fuzz(GrafanaPayload::parse, "/grafana/firing.json");
  }

  @Test
  void everyGenericBodyParsesOrIsRefusedNamingAField() {
    fuzz(body -> GenericPayload.parse(body, RECEIVED), "/generic/example.json");
  }

  private static void fuzz(Parser parser, String... fixtures) {
    Random random = new Random(SEED);
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < BODIES_PER_PARSER; i++) {
      String fixture = fixtures[i % fixtures.length];
      byte[] body =
          random.nextBoolean()
              ? mutateBytes(Bodies.fixture(fixture), random)
              : mutateTree(fixture, random);
      try {
        AlertBatch batch = parser.parse(body);
        assertThat(batch.alerts()).isNotEmpty();
        parsed++;
      } catch (AlertPayloadException e) {
        assertThat(e.field()).isNotBlank();
        assertThat(e.problem()).isNotBlank();
        assertThat(e.getMessage()).startsWith(e.field() + ": ");
        refused++;
      } catch (RuntimeException | Error e) {
        fail("body " + i + " made the parser throw " + e + ":\n" + printable(body), e);
      }
    }
    // Both outcomes must be reached, or the mutations are too weak (or too strong) to mean much.
    assertThat(parsed).as("bodies parsed").isGreaterThan(BODIES_PER_PARSER / 20);
    assertThat(refused).as("bodies refused").isGreaterThan(BODIES_PER_PARSER / 4);
  }

  private static byte[] mutateBytes(byte[] body, Random random) {
    byte[] out = body;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out = Arrays.copyOf(out, at);
        case 2 -> {
          byte[] insert = "{}[]\",:0-e.\\ \u00e9nulltrue".getBytes(StandardCharsets.UTF_8);
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = insert[random.nextInt(insert.length)];
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
        default -> {
          int from = random.nextInt(out.length);
          int len = Math.min(out.length - from, 1 + random.nextInt(40));
          byte[] longer = new byte[out.length + len];
          System.arraycopy(out, 0, longer, 0, at);
          System.arraycopy(out, from, longer, at, len);
          System.arraycopy(out, at, longer, at + len, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }

  private static byte[] mutateTree(String fixture, Random random) {
    ObjectNode root = Bodies.tree(fixture);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      if (container instanceof ObjectNode object && object.size() > 0) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(5) == 0) {
          object.remove(name);
        } else {
          object.set(name, oddValue(random));
        }
      } else if (container instanceof ArrayNode array && array.size() > 0) {
        int index = random.nextInt(array.size());
        switch (random.nextInt(3)) {
          case 0 -> array.set(index, oddValue(random));
          case 1 -> array.remove(index);
          default -> {
            for (int copies = random.nextInt(1200); copies > 0; copies--) {
              array.add(array.get(index).deepCopy());
            }
          }
        }
      }
    }
    return Bodies.bytes(root);
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      node.elements().forEachRemaining(child -> collect(child, into));
    }
  }

  private static JsonNode oddValue(Random random) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode("");
      case 2 -> NODES.textNode("firing");
      case 3 -> NODES.textNode("resolved");
      case 4 -> NODES.numberNode(random.nextInt(9) - 4);
      case 5 -> NODES.numberNode(1e300 * random.nextDouble());
      case 6 -> NODES.booleanNode(random.nextBoolean());
      case 7 -> NODES.arrayNode().add("x");
      case 8 -> NODES.objectNode().put("k", "v");
      case 9 -> NODES.objectNode().put("", 3);
      case 10 -> NODES.textNode("x".repeat(random.nextInt(3000)));
      case 11 -> NODES.textNode("2026-13-01");
      case 12 -> NODES.textNode("0001-01-01T00:00:00Z");
      case 13 -> NODES.textNode("9999-12-31T23:59:60.9999999999+25:00");
      case 14 -> NODES.textNode("\u0000\n\ud800 \"'");
      default -> NODES.numberNode(new java.math.BigInteger("-18446744073709551616"));
    };
  }

  private static String printable(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
