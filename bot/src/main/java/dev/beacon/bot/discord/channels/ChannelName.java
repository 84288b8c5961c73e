package dev.beacon.bot.discord.channels;

import dev.beacon.core.incident.IncidentId;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * The name of an incident's channel, {@code inc-<number>-<slug>}: at most {@value #MAX_LENGTH}
 * characters of {@code [a-z0-9-]}, so it is legal for Discord as it stands (lowercase, no spaces)
 * and never renamed by it.
 *
 * <p>The slug is the title folded to ASCII: compatibility-decomposed (NFKD) with the combining
 * marks dropped ({@code Zahlungen fällig} becomes {@code zahlungen-fallig}), plus the letters that
 * do not decompose ({@code ł ø æ œ ß đ ð þ ı}) spelled out; apostrophes vanish ({@code don't}
 * becomes {@code dont}); every other run of characters (spaces, punctuation, emoji, symbols)
 * becomes one dash. Scripts with no ASCII spelling (Chinese, Japanese, Korean, Cyrillic, ...) have
 * no folding here, so a title written only in them gives the bare {@code inc-42}: Beacon does not
 * transliterate.
 */
public final class ChannelName {

  /** Discord's limit for a channel name. */
  public static final int MAX_LENGTH = 100;

  private static final String PREFIX = "inc-";

  /** Letters that NFKD leaves alone but that have a customary ASCII spelling. */
  private static final Map<Integer, String> SPELLED_OUT =
      Map.ofEntries(
          Map.entry((int) 'ł', "l"),
          Map.entry((int) 'Ł', "l"),
          Map.entry((int) 'ø', "o"),
          Map.entry((int) 'Ø', "o"),
          Map.entry((int) 'æ', "ae"),
          Map.entry((int) 'Æ', "ae"),
          Map.entry((int) 'œ', "oe"),
          Map.entry((int) 'Œ', "oe"),
          Map.entry((int) 'ß', "ss"),
          Map.entry((int) 'ẞ', "ss"),
          Map.entry((int) 'đ', "d"),
          Map.entry((int) 'Đ', "d"),
          Map.entry((int) 'ð', "d"),
          Map.entry((int) 'Ð', "d"),
          Map.entry((int) 'þ', "th"),
          Map.entry((int) 'Þ', "th"),
          Map.entry((int) 'ħ', "h"),
          Map.entry((int) 'Ħ', "h"),
          Map.entry((int) 'ı', "i"));

  private ChannelName() {}

  /**
   * The channel name for an incident, e.g. {@code inc-42-payments-api-5xx}; just {@code inc-42}
   * when nothing of the title folds to ASCII. The slug is cut to keep the whole name within {@value
   * #MAX_LENGTH} characters, preferably between words, and never ends on a dash.
   *
   * @param title the incident's title; null is taken as empty
   */
  public static String of(IncidentId id, String title) {
    String base = PREFIX + id.number();
    int room = MAX_LENGTH - base.length() - 1;
    String slug = cut(slug(title == null ? "" : title, room + 1), room);
    return slug.isEmpty() ? base : base + "-" + slug;
  }

  /**
   * The incident a channel belongs to: {@code inc-42} or {@code inc-42-<anything>} (lowercase, as
   * Discord writes text-channel names, number without leading zeros); empty for any other name.
   */
  public static Optional<IncidentId> incidentOf(String channelName) {
    if (channelName == null
        || channelName.length() > MAX_LENGTH
        || !channelName.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int start = PREFIX.length();
    int end = start;
    while (end < channelName.length() && isAsciiDigit(channelName.charAt(end))) {
      end++;
    }
    int digits = end - start;
    if (digits < 1 || digits > 19 || channelName.charAt(start) == '0') {
      return Optional.empty();
    }
    boolean whole = end == channelName.length();
    boolean withSlug = !whole && channelName.charAt(end) == '-' && end + 1 < channelName.length();
    if (!whole && !withSlug) {
      return Optional.empty();
    }
    try {
      return Optional.of(new IncidentId(Long.parseLong(channelName, start, end, 10)));
    } catch (NumberFormatException overflow) {
      return Optional.empty();
    }
  }

  /**
   * The folded title, dashes between words, no leading dash; stops once it is longer than {@code
   * limit} (the caller cuts), so a huge title costs no more than its normalization.
   */
  private static String slug(String title, int limit) {
    String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder();
    boolean pendingDash = false;
    for (int i = 0; i < decomposed.length() && slug.length() <= limit; ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp) || isApostrophe(cp)) {
        continue;
      }
      String ascii = fold(cp);
      if (ascii == null) {
        pendingDash = true;
        continue;
      }
      if (pendingDash && slug.length() > 0) {
        slug.append('-');
      }
      pendingDash = false;
      slug.append(ascii);
    }
    return slug.toString();
  }

  /** {@code [a-z0-9]+} for a letter or digit with an ASCII spelling, null for a separator. */
  private static String fold(int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      return Character.toString(cp);
    }
    if (cp >= 'A' && cp <= 'Z') {
      return Character.toString(cp + ('a' - 'A'));
    }
    return SPELLED_OUT.get(cp);
  }

  /**
   * Cuts to {@code room}, at the last dash when that keeps at least half the room (so one long word
   * is cut rather than lost), and drops any trailing dash.
   */
  private static String cut(String slug, int room) {
    if (room <= 0) {
      return "";
    }
    String kept = slug;
    if (slug.length() > room) {
      kept = slug.substring(0, room);
      int lastDash = kept.lastIndexOf('-');
      if (slug.charAt(room) != '-' && lastDash >= room / 2) {
        kept = kept.substring(0, lastDash);
      }
    }
    int end = kept.length();
    while (end > 0 && kept.charAt(end - 1) == '-') {
      end--;
    }
    return kept.substring(0, end);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        // Emoji presentation selectors and the zero-width joiner glue emoji together.
        || cp == 0x200D
        || (cp >= 0xFE00 && cp <= 0xFE0F);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
