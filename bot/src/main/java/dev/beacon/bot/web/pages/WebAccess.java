package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may see Beacon's pages. In local mode, anyone on this machine (a loopback client). Otherwise
 * only with the token from {@code BEACON_WEB_TOKEN}, as {@code Authorization: Bearer <token>} or
 * the {@code beacon_token} cookie; without a token configured, nobody. Compared in constant time.
 * The pages are read-only.
 */
public final class WebAccess {

  /** The environment variable holding the pages' token. */
  public static final String TOKEN_ENV = "BEACON_WEB_TOKEN";

  private final Optional<String> token;
  private final boolean trustLoopback;

  /**
   * @param token the token that grants access, if any
   * @param trustLoopback whether clients on this machine need none (local mode)
   */
  public WebAccess(Optional<String> token, boolean trustLoopback) {
    this.token = token.filter(t -> !t.isBlank());
    this.trustLoopback = trustLoopback;
  }

  /** Whether {@code exchange}'s client may see the pages. */
  public boolean allowed(HttpExchange exchange) {
    InetAddress client = exchange.getRemoteAddress().getAddress();
    if (trustLoopback && client.isLoopbackAddress()) {
      return true;
    }
    if (token.isEmpty()) {
      return false;
    }
    return presented(exchange).map(this::matches).orElse(false);
  }

  /** What to tell a client that may not: how to get in. */
  public String refusal() {
    return token.isEmpty()
        ? "These pages need a token: set " + TOKEN_ENV + " where Beacon runs, then send it."
        : "Send the token from " + TOKEN_ENV + " as Authorization: Bearer <token>.";
  }

  private static Optional<String> presented(HttpExchange exchange) {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.startsWith("Bearer ")) {
      return Optional.of(auth.substring("Bearer ".length()).strip());
    }
    String cookies = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookies != null) {
      for (String c : cookies.split(";")) {
        String[] kv = c.strip().split("=", 2);
        if (kv.length == 2 && kv[0].equals("beacon_token")) {
          return Optional.of(kv[1]);
        }
      }
    }
    return Optional.empty();
  }

  private boolean matches(String presented) {
    return MessageDigest.isEqual(
        presented.getBytes(StandardCharsets.UTF_8),
        token.orElseThrow().getBytes(StandardCharsets.UTF_8));
  }
}
