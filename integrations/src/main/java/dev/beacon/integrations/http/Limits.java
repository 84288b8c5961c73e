package dev.beacon.integrations.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fits text into a vendor's length limits without splitting a character. */
public final class Limits {

  /** What a shortened text ends with. */
  public static final String ELLIPSIS = "…";

  private Limits() {}

  /**
   * Text for people (summaries, messages): at most {@code max} chars, ending with an ellipsis when
   * cut. Null becomes empty.
   */
  public static String text(String text, int max) {
    String t = text == null ? "" : text;
    if (t.length() <= max) {
      return t;
    }
    return prefix(t, max - ELLIPSIS.length()) + ELLIPSIS;
  }

  /**
   * A key the vendor deduplicates on: at most {@code max} chars. A longer key keeps its beginning
   * and ends with {@code ~} and 8 hex digits of its SHA-256, so the result is stable across retries
   * and two long keys sharing a prefix stay distinct.
   */
  public static String key(String key, int max) {
    String k = key == null ? "" : key;
    if (k.length() <= max) {
      return k;
    }
    String hash = HexFormat.of().formatHex(sha256(k.getBytes(StandardCharsets.UTF_8)), 0, 4);
    return prefix(k, max - hash.length() - 1) + "~" + hash;
  }

  private static String prefix(String text, int length) {
    int end = Math.max(0, length);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
