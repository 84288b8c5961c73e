package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends a page or an export: content type, no caching (the pages sit behind a token), a strict
 * content security policy for HTML (no scripts at all), and no body for HEAD.
 */
final class PageResponse {

  static final String HTML = "text/html; charset=utf-8";
  static final String MARKDOWN = "text/markdown; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  private PageResponse() {}

  /** Answers {@code status} with the HTML {@code page}. */
  static void html(HttpExchange exchange, int status, String page) throws IOException {
    exchange
        .getResponseHeaders()
        .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    send(exchange, status, HTML, page);
  }

  /** Answers {@code status} with {@code body} of {@code type}. */
  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
