package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpHandler;
import java.util.List;

/**
 * The health endpoints for orchestrators and load balancers: {@code GET /healthz} answers 200
 * {@code ok} while the process serves HTTP at all (liveness); {@code GET /readyz} answers 200
 * {@code ready} when everything Beacon needs works, else 503 naming what does not (readiness).
 */
public final class Probes {

  private Probes() {}

  /** {@code /healthz}. */
  public static HttpHandler liveness() {
    return exchange -> {
      try (exchange) {
        if (Exchanges.getOnly(exchange, "/healthz")) {
          Exchanges.answer(exchange, 200, "ok");
        }
      }
    };
  }

  /** {@code /readyz}, asking {@code readiness} at every request. */
  public static HttpHandler readiness(Readiness readiness) {
    return exchange -> {
      try (exchange) {
        if (!Exchanges.getOnly(exchange, "/readyz")) {
          return;
        }
        List<String> problems = readiness.problems();
        if (problems.isEmpty()) {
          Exchanges.answer(exchange, 200, "ready");
        } else {
          Exchanges.answer(exchange, 503, "not ready: " + String.join("; ", problems));
        }
      }
    };
  }
}
