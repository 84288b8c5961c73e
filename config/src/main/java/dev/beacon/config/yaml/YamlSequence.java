package dev.beacon.config.yaml;

import java.util.List;

/** A YAML sequence (list). */
public record YamlSequence(List<YamlNode> items, int line) implements YamlNode {

  public YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String kind() {
    return "a list";
  }
}
