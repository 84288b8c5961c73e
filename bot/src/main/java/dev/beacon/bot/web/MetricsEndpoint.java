package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}: every source's metrics in Prometheus's text format, computed at the scrape.
 * When a source fails (the store is closed) the scrape answers 503, so Prometheus records it as
 * failed rather than as zeros.
 */
public final class MetricsEndpoint implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);

  private final List<MetricSource> sources;

  /** Serves the metrics of {@code sources}, in that order. */
  public MetricsEndpoint(List<MetricSource> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!Exchanges.getOnly(exchange, "/metrics")) {
        return;
      }
      List<MetricFamily> families = new ArrayList<>();
      try {
        for (MetricSource source : sources) {
          families.addAll(source.collect());
        }
      } catch (RuntimeException e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.warn("ref {}: metrics could not be collected", ref, e);
        Exchanges.answer(exchange, 503, "metrics unavailable (ref " + ref + ")");
        return;
      }
      byte[] body = PrometheusText.render(families).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", PrometheusText.CONTENT_TYPE);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
