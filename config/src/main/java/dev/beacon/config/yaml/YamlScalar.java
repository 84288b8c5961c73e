package dev.beacon.config.yaml;

/**
 * A scalar value exactly as written (numbers and booleans are kept as text); {@code text} is null
 * for an explicit or implied YAML null ({@code key:}, {@code ~}, {@code null}).
 */
public record YamlScalar(String text, int line) implements YamlNode {

  /** Whether the value was null or left empty. */
  public boolean isNull() {
    return text == null;
  }

  @Override
  public String kind() {
    return isNull() ? "nothing" : "a text";
  }
}
