package dev.beacon.config.yaml;

import java.util.List;

/** A YAML mapping; entries keep their written order, and duplicate keys are kept, not merged. */
public record YamlMapping(List<YamlEntry> entries, int line) implements YamlNode {

  public YamlMapping {
    entries = List.copyOf(entries);
  }

  @Override
  public String kind() {
    return "a mapping";
  }
}
