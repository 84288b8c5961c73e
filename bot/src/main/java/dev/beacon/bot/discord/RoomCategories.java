package dev.beacon.bot.discord;

import dev.beacon.config.DiscordConfig;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.Category;

/**
 * The categories incident rooms live in: {@code Incidents}, then {@code Incidents 2}, {@code
 * Incidents 3}, ... as each fills up (Discord allows 50 channels in a category), and the same for
 * the archive.
 */
final class RoomCategories {

  /** Discord allows 50 channels in a category. */
  static final int CATEGORY_LIMIT = 50;

  private RoomCategories() {}

  /**
   * The first of {@code name}, {@code name 2}, {@code name 3}, ... with room for another channel,
   * created when all are full.
   */
  static Category roomy(Guild guild, String name) throws Exception {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : name + " " + n;
      Optional<Category> existing = guild.getCategoriesByName(candidate, true).stream().findFirst();
      if (existing.isEmpty()) {
        return named(guild, candidate);
      }
      if (existing.get().getChannels().size() < CATEGORY_LIMIT) {
        return existing.get();
      }
    }
  }

  /** The category called {@code name}, created if missing. */
  static Category named(Guild guild, String name) throws Exception {
    Optional<Category> existing = guild.getCategoriesByName(name, true).stream().findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    return guild.createCategory(name).submit().get(DiscordRooms.WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Whether {@code category} is one of the archive categories ({@code Incident Archive 2}, ...).
   */
  static boolean isArchive(String category, DiscordConfig config) {
    String name = config.archiveCategory().toLowerCase(Locale.ROOT);
    String candidate = category.toLowerCase(Locale.ROOT);
    return candidate.equals(name) || candidate.matches(Pattern.quote(name) + " \\d+");
  }
}
