package dev.beacon.bot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading a bounded request body and answering with plain text or JSON, for the handlers. */
final class Exchanges {

  /** Largest body accepted: 1 MiB. */
  static final int MAX_BODY = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private Exchanges() {}

  /**
   * How much of an oversized body is read and thrown away before answering 413. Closing a socket
   * with unread data makes TCP send a reset, which can destroy the answer before the sender reads
   * it; swallowing the rest lets the sender see the 413 (Tomcat's {@code maxSwallowSize} does the
   * same). Beyond this the connection is simply closed.
   */
  static final long SWALLOW = 16L << 20;

  /** The body, or empty (after answering 413) when it is over {@link #MAX_BODY}. */
  static Optional<byte[]> body(HttpExchange exchange) throws IOException {
    Optional<byte[]> body = bodyWithin(exchange, MAX_BODY);
    if (body.isEmpty()) {
      answer(exchange, 413, "body over " + MAX_BODY + " bytes");
    }
    return body;
  }

  /**
   * The body if it is at most {@code limit} bytes, else empty. Keeps at most {@code limit + 1}
   * bytes in memory (none when the declared {@code Content-Length} is already over); the rest of an
   * oversized body is read in small pieces and discarded, up to {@link #SWALLOW} bytes.
   */
  static Optional<byte[]> bodyWithin(HttpExchange exchange, long limit) throws IOException {
    int max = (int) Math.min(Math.max(limit, 0), Integer.MAX_VALUE - 8);
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && declared.strip().matches("[0-9]{1,18}")) {
      long length = Long.parseLong(declared.strip());
      if (length > max) {
        if (length > SWALLOW) {
          exchange.getResponseHeaders().set("Connection", "close");
        } else {
          discard(exchange, in);
        }
        return Optional.empty();
      }
    }
    byte[] body = in.readNBytes(max + 1);
    if (body.length > max) {
      discard(exchange, in);
      return Optional.empty();
    }
    return Optional.of(body);
  }

  /** Reads the rest of the body into a small buffer, again and again, up to the cap. */
  private static void discard(HttpExchange exchange, InputStream in) throws IOException {
    byte[] sink = new byte[8192];
    long swallowed = 0;
    for (int n; swallowed < SWALLOW && (n = in.read(sink)) >= 0; ) {
      swallowed += n;
    }
    if (swallowed >= SWALLOW) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
  }

  /**
   * Answers 404 unless the path is exactly {@code path} (the server routes by prefix), and 405
   * unless the method is GET; true when the request may go on.
   */
  static boolean getOnly(HttpExchange exchange, String path) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(path)) {
      answer(exchange, 404, "not found");
      return false;
    }
    if (!exchange.getRequestMethod().equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET");
      answer(exchange, 405, "use GET");
      return false;
    }
    return true;
  }

  /** Answers {@code status} with a short text body and closes the exchange. */
  static void answer(HttpExchange exchange, int status, String text) throws IOException {
    send(
        exchange,
        status,
        "text/plain; charset=utf-8",
        (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Answers {@code status} with {@code value} as JSON. */
  static void json(HttpExchange exchange, int status, Object value) throws IOException {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    send(exchange, status, "application/json", bytes);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
