package dev.beacon.config.yaml;

/** The text is not well-formed YAML; carries the 1-based line where the parser gave up. */
public final class YamlSyntaxException extends Exception {

  private final int line;

  public YamlSyntaxException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** The 1-based line of the problem. */
  public int line() {
    return line;
  }
}
