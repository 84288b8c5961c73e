package dev.beacon.bot.discord;

import dev.beacon.commands.Access;
import dev.beacon.commands.KnownPersonFilter;
import dev.beacon.core.incident.Actor;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;

/**
 * Who may do what on Discord: configuration ({@code discord.roles}) maps Beacon's roles
 * (stakeholder, responder, commander, admin) to Discord roles, by name or id; a member holds the
 * highest Beacon role among their Discord roles, and each Beacon role includes those below it.
 *
 * <p>A Beacon role with no Discord role mapped asks for the next lower one that has (so mapping
 * only {@code responder} makes every change need it); when none below is mapped either, any
 * configured person qualifies. With no {@code roles} at all, nothing is checked here. Buttons
 * pressed in direct messages carry no guild member: there a configured person counts as a responder
 * (pages go to responders), never more.
 */
public final class DiscordPermissions {

  private final Map<Access, String> discordRoles;

  private DiscordPermissions(Map<Access, String> discordRoles) {
    this.discordRoles = discordRoles;
  }

  /** From {@code discord.roles}: Beacon role word to Discord role name or id. */
  public static DiscordPermissions from(Map<String, String> roles) {
    Map<Access, String> mapped = new EnumMap<>(Access.class);
    roles.forEach(
        (beacon, discord) -> Access.fromLabel(beacon).ifPresent(a -> mapped.put(a, discord)));
    return new DiscordPermissions(mapped);
  }

  /** No checks: every configured person may run everything (no {@code discord.roles}). */
  public static DiscordPermissions none() {
    return new DiscordPermissions(new EnumMap<>(Access.class));
  }

  /**
   * Why {@code actor} (who is {@code member} in the guild, or null in a direct message) may not run
   * {@code command}, in words for them; empty when they may.
   */
  public Optional<String> refusal(String command, Actor actor, Member member) {
    if (discordRoles.isEmpty()) {
      return Optional.empty(); // the commands' own known-person check still applies
    }
    Access needed = Access.requiredFor(command);
    boolean known = !actor.id().startsWith(DiscordPeople.UNKNOWN_PREFIX);
    if (!known && needed.includes(Access.RESPONDER)) {
      return Optional.of(KnownPersonFilter.refusal(actor, command));
    }
    Optional<Access> asked = effective(needed);
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    Access held = member == null ? (known ? Access.RESPONDER : Access.ANYONE) : held(member);
    if (held.includes(asked.get())) {
      return Optional.empty();
    }
    String role = discordRoles.get(asked.get());
    return Optional.of(
        "You need the Discord role "
            + role
            + " (Beacon's "
            + asked.get().label()
            + " role) to use /"
            + command
            + (member == null ? " from a direct message; use it in the server instead" : "")
            + ". Ask a server admin for the role if you should have it; this refusal was logged.");
  }

  /** The mapped level a command needing {@code needed} asks for: it, or the next lower mapped. */
  private Optional<Access> effective(Access needed) {
    if (needed == Access.ANYONE) {
      return Optional.empty();
    }
    for (int i = needed.ordinal(); i > Access.ANYONE.ordinal(); i--) {
      Access level = Access.values()[i];
      if (discordRoles.containsKey(level)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The highest Beacon role among the member's Discord roles. */
  Access held(Member member) {
    List<Role> roles = member.getRoles();
    Access best = Access.ANYONE;
    for (Map.Entry<Access, String> e : discordRoles.entrySet()) {
      if (e.getKey().compareTo(best) > 0
          && roles.stream().anyMatch(r -> matches(r, e.getValue()))) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** Whether {@code role} is the one configured as {@code configured} (its id, or its name). */
  static boolean matches(Role role, String configured) {
    return configured.matches("\\d{17,20}")
        ? role.getId().equals(configured)
        : role.getName().toLowerCase(Locale.ROOT).equals(configured.toLowerCase(Locale.ROOT));
  }
}
