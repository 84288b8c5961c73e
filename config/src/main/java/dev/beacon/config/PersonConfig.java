package dev.beacon.config;

import java.util.List;
import java.util.Optional;

/**
 * A person who responds to incidents: a lowercase handle ({@code alice}, as in {@code /as alice}),
 * their site and team, their Discord user id, and how to page them, in order of preference.
 */
public record PersonConfig(
    String id,
    String name,
    String site,
    String team,
    Optional<String> discordUserId,
    List<ContactMethod> contact,
    boolean dutyManager) {

  public PersonConfig {
    contact = List.copyOf(contact);
  }
}
