package dev.beacon.config.yaml;

/** One {@code key: value} pair of a mapping, with the line of its key. */
public record YamlEntry(String key, int keyLine, YamlNode value) {}
