package dev.beacon.bot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads what Beacon sent the fake Discord: the names in a list, the buttons of a message. */
final class DiscordPayloads {

  private DiscordPayloads() {}

  /** The {@code name} of each element of {@code array} (commands, options, choices), in order. */
  static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("name").asText())
        .toList();
  }

  /** The buttons in {@code message}'s first row of components, in order. */
  static Stream<JsonNode> buttons(JsonNode message) {
    JsonNode row = message.path("components").get(0).path("components");
    return StreamSupport.stream(row.spliterator(), false);
  }
}
