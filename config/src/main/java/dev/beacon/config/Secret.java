package dev.beacon.config;

/** A secret value read from the environment; prints masked so it never reaches a log. */
public record Secret(String value) {

  @Override
  public String toString() {
    return "Secret[****]";
  }
}
