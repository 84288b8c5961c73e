package dev.beacon.config.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML into a {@link YamlNode} tree by walking Jackson's streaming parser, so that every node
 * keeps its line (data binding would lose them).
 */
public final class YamlTreeReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  /**
   * Reads one document.
   *
   * @return the root node, or empty when the text holds no document (empty or only comments)
   * @throws YamlSyntaxException when the text is not well-formed YAML
   */
  public Optional<YamlNode> read(Reader text) throws IOException, YamlSyntaxException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      return Optional.of(node(parser));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new YamlSyntaxException(line, "YAML syntax: " + shorten(e.getOriginalMessage()));
    }
  }

  private static YamlNode node(JsonParser parser) throws IOException, YamlSyntaxException {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        List<YamlEntry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyLine = parser.currentTokenLocation().getLineNr();
          parser.nextToken();
          entries.add(new YamlEntry(key, keyLine, node(parser)));
        }
        return new YamlMapping(entries, line);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(parser));
        }
        return new YamlSequence(items, line);
      case VALUE_NULL:
        return new YamlScalar(null, line);
      default:
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          throw new YamlSyntaxException(
              line,
              "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
        }
        return new YamlScalar(parser.getText(), line);
    }
  }

  /** SnakeYAML's messages quote the source with carets; keep only the sentences. */
  private static String shorten(String message) {
    if (message == null) {
      return "not well-formed";
    }
    List<String> sentences = new ArrayList<>();
    for (String part : message.split("\\R")) {
      if (!part.isBlank() && !Character.isWhitespace(part.charAt(0))) {
        sentences.add(part.strip());
      }
    }
    if (sentences.isEmpty()) {
      return message.strip();
    }
    String problem = sentences.get(sentences.size() - 1);
    return sentences.size() > 1
        ? problem + " (" + String.join("; ", sentences.subList(0, sentences.size() - 1)) + ")"
        : problem;
  }
}
