package dev.beacon.config;

/**
 * Beacon's own HTTP listener (inbound webhooks from paging vendors). Off unless configured.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port the port
 */
public record HttpConfig(String host, int port) {

  /** {@code host:port}. */
  @Override
  public String toString() {
    return host + ":" + port;
  }

  /**
   * Parses {@code host:port}.
   *
   * @throws IllegalArgumentException saying what is expected
   */
  public static HttpConfig parse(String text) {
    String t = text.strip();
    int colon = t.lastIndexOf(':');
    if (colon <= 0 || colon == t.length() - 1) {
      throw new IllegalArgumentException(
          "'" + text + "' is not host:port; write e.g. 127.0.0.1:8080");
    }
    int port;
    try {
      port = Integer.parseInt(t.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' has no port number; write e.g. 127.0.0.1:8080");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range (0-65535)");
    }
    return new HttpConfig(t.substring(0, colon), port);
  }
}
