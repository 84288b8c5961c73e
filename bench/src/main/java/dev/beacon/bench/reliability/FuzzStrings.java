package dev.beacon.bench.reliability;

import java.util.Random;

/**
 * Hostile text for fuzzing: right-to-left and zero-width characters, NULs and other controls,
 * surrogate pairs and lone surrogates, combining marks, non-characters, line separators, quotes and
 * backslashes, injection-looking strings, and very long strings made of them.
 */
final class FuzzStrings {

  /** Pieces that break naive text handling. */
  static final String[] ATOMS = {
    "\u0000",
    "\u0001",
    "\u001b[31m",
    "\u007f",
    "\u0085",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u061c",
    "\u200f",
    "\u200e",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\ud83d\ude00",
    "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
    "\ud83c\uddf5\ud83c\uddf1",
    "e\u0301\u0301",
    "Z\u0324\u0308\u0301",
    "\ud800",
    "\udc00",
    "\ud83d",
    "\uffff",
    "\ufffe",
    "\ud835\udd4f",
    "\ufdfa",
    "\r\n",
    "\t",
    "\u2028",
    "\u2029",
    "\\",
    "\"",
    "'",
    "`",
    "<script>x</script>",
    "${jndi:ldap://x/a}",
    "%s%n%d",
    "{{7*7}}",
    "../../",
    "' OR 1=1 --",
    "NaN",
    "-0",
    "1e400",
    "null",
    "true",
    "INC-1",
    "SEV1",
    ":",
    "title:\"",
    "\u4e2d\u6587",
    "\u0928\u092e\u0938\u094d\u0924\u0947",
    "\uff29\uff2e\uff23",
    "\u0130",
    "\u00df",
    "\u1e9e",
    " "
  };

  private FuzzStrings() {}

  /** Up to {@code max} characters of atoms and random code points. */
  static String text(Random r, int max) {
    int length = r.nextInt(Math.max(1, max) + 1);
    StringBuilder b = new StringBuilder(Math.min(length, 1 << 16));
    while (b.length() < length) {
      switch (r.nextInt(4)) {
        case 0, 1 -> b.append(ATOMS[r.nextInt(ATOMS.length)]);
        case 2 -> b.appendCodePoint(codePoint(r));
        default -> b.append((char) ('a' + r.nextInt(26)));
      }
    }
    return b.length() > length ? b.substring(0, length) : b.toString();
  }

  /** A string of {@code length} characters repeating one atom or a short text. */
  static String huge(Random r, int length) {
    String unit = r.nextBoolean() ? ATOMS[r.nextInt(ATOMS.length)] : text(r, 40);
    if (unit.isEmpty()) {
      unit = "x";
    }
    StringBuilder b = new StringBuilder(length + unit.length());
    while (b.length() < length) {
      b.append(unit);
    }
    return b.toString();
  }

  /** A random code point from the BMP, the astral planes, or the surrogate range. */
  static int codePoint(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> r.nextInt(0x80);
      case 1 -> 0x80 + r.nextInt(0x800 - 0x80);
      case 2 -> 0x800 + r.nextInt(0xd800 - 0x800);
      case 3 -> 0xe000 + r.nextInt(0x10000 - 0xe000);
      default -> 0x10000 + r.nextInt(0x10ffff - 0x10000);
    };
  }
}
