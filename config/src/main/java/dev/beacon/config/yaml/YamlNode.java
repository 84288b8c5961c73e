package dev.beacon.config.yaml;

/** One node of a YAML document, with the 1-based line where it starts. */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

  /** The 1-based line where this node starts. */
  int line();

  /** What this node is, for messages: {@code a text}, {@code a list}, {@code a mapping}. */
  String kind();
}
