package dev.beacon.bot.web.pages;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The HTML plumbing the review metrics and follow-up pages share: the checks every page makes
 * (access, exact path, GET or HEAD), query parameters, escaping, the page frame with its small
 * inline stylesheet, and how durations and shares are written.
 */
final class MetricsHtml {

  /** A query parameter that cannot be used: answered 400, naming it. */
  static final class BadParameter extends Exception {
    BadParameter(String name, String why) {
      super("Bad query parameter \"" + name + "\": " + why);
    }
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
          + "table{border-collapse:collapse;margin:.5em 0 1.5em}"
          + "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}"
          + "td.n{text-align:right}th{background:#f0f0f0}"
          + "tr.overdue td{background:#fde0dc}.flag{color:#a02010;font-weight:bold}"
          + "section.drills{border-left:4px solid #aaa;padding-left:1em;color:#444}"
          + "svg.chart{display:block;margin:.5em 0 1em}";

  private MetricsHtml() {}

  /**
   * Answers 401, 404 or 405 and returns false unless the client may see pages, the path is exactly
   * {@code path} and the method is GET or HEAD.
   */
  static boolean admitted(HttpExchange exchange, String path, WebAccess access) throws IOException {
    if (!access.allowed(exchange)) {
      send(exchange, 401, page("Not allowed", "<p>" + escape(access.refusal()) + "</p>"));
      return false;
    }
    if (!exchange.getRequestURI().getPath().equals(path)) {
      send(exchange, 404, page("Not found", "<p>No page here.</p>"));
      return false;
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      send(exchange, 405, page("Method not allowed", "<p>These pages are read-only: use GET.</p>"));
      return false;
    }
    return true;
  }

  /** The query's parameters, decoded; the first value of each name wins. */
  static Map<String, String> parameters(HttpExchange exchange) throws BadParameter {
    Map<String, String> params = new LinkedHashMap<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      String name = decode(kv[0], "query");
      params.putIfAbsent(name, kv.length == 2 ? decode(kv[1], name) : "");
    }
    return params;
  }

  private static String decode(String raw, String name) throws BadParameter {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadParameter(name, "not URL-encoded properly");
    }
  }

  /** Answers 400 naming the parameter. */
  static void badRequest(HttpExchange exchange, BadParameter e) throws IOException {
    send(exchange, 400, page("Bad request", "<p>" + escape(e.getMessage()) + "</p>"));
  }

  /** A whole HTML page around {@code body} (already HTML). */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title><style>"
        + STYLE
        + "</style></head><body><h1>"
        + escape(title)
        + "</h1>"
        + body
        + "</body></html>\n";
  }

  /**
   * Sends {@code html} with {@code status} (headers only for HEAD), with the same headers as every
   * other page (no caching, no sniffing, no scripts).
   */
  static void send(HttpExchange exchange, int status, String html) throws IOException {
    PageResponse.html(exchange, status, html);
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String text) {
    return SvgChart.escape(text);
  }

  /** {@code 45s}, {@code 4m}, {@code 4m 30s}, {@code 1h 5m}, {@code 2d 3h}: two units at most. */
  static String duration(Duration d) {
    return dev.beacon.core.review.TimeFormat.span(d);
  }

  /** A duration given in minutes, as {@link #duration}. */
  static String minutes(double minutes) {
    return duration(Duration.ofSeconds(Math.round(minutes * 60)));
  }

  /** {@code 75%}, or {@code -} when there is nothing to divide. */
  static String percent(OptionalDouble fraction) {
    return fraction.isPresent() ? percent(fraction.getAsDouble() * 100) : "-";
  }

  /** {@code 75%} from a percentage. */
  static String percent(double percentage) {
    return Math.round(percentage) + "%";
  }
}
