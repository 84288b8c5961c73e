package dev.beacon.integrations.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.integrations.http.TestPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Request bodies for the parser tests: fixtures, and fixtures with one thing changed. */
final class Bodies {

  static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  /** The fixture's bytes, as a sender would post them. */
  static byte[] fixture(String path) {
    return TestPages.fixture(path);
  }

  /** The fixture as a tree, to change. */
  static ObjectNode tree(String path) {
    try {
      return (ObjectNode) JSON.readTree(fixture(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture with {@code change} applied. */
  static byte[] changed(String path, Consumer<ObjectNode> change) {
    ObjectNode tree = tree(path);
    change.accept(tree);
    return bytes(tree);
  }

  /** The first alert of {@code body}, to change. */
  static ObjectNode firstAlert(ObjectNode body) {
    return (ObjectNode) body.withArray("alerts").get(0);
  }

  static byte[] bytes(Object tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
