package dev.beacon.config;

import java.util.Map;

/**
 * The name of the environment variable that holds a secret; the file never holds the secret itself.
 * Prints as {@code env:NAME}.
 */
public record SecretRef(String envName) {

  /**
   * Reads the secret from the given environment (usually {@code System.getenv()}).
   *
   * @throws IllegalStateException when the variable is unset or blank
   */
  public Secret resolve(Map<String, String> environment) {
    String value = environment.get(envName);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + envName + " is not set");
    }
    return new Secret(value);
  }

  @Override
  public String toString() {
    return "env:" + envName;
  }
}
