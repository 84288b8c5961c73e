package dev.beacon.core.incident;

/**
 * Who did something: a configured person (by handle, e.g. {@code alice}) or Beacon itself and its
 * integrations ({@code system:alertmanager}). Chat platform ids never reach here; adapters map them
 * to a person first.
 *
 * @param id a person's handle, or {@code system:<source>}
 */
public record Actor(String id) {

  /** Beacon acting on its own (timers, automation). */
  public static final Actor BEACON = new Actor("system:beacon");

  /** Rejects blank ids. */
  public Actor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an actor needs an id");
    }
  }

  /** An integration acting on its own, e.g. {@code system:alertmanager}. */
  public static Actor system(String name) {
    return new Actor("system:" + name);
  }

  /** A configured person. */
  public static Actor person(String handle) {
    return new Actor(handle);
  }

  /** True for Beacon and its integrations rather than a person. */
  public boolean isSystem() {
    return id.startsWith("system:");
  }

  @Override
  public String toString() {
    return id;
  }
}
