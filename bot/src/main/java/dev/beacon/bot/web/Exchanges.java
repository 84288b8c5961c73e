package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading a bounded request body and answering with plain text, for the handlers. */
final class Exchanges {

  /** Largest body accepted: 1 MiB. */
  static final int MAX_BODY = 1 << 20;

  private Exchanges() {}

  /** The body, or empty (after answering 413) when it is over {@link #MAX_BODY}. */
  static Optional<byte[]> body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        answer(exchange, 413, "body over " + MAX_BODY + " bytes");
        return Optional.empty();
      }
      return Optional.of(body);
    }
  }

  /** Answers {@code status} with a short text body and closes the exchange. */
  static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
