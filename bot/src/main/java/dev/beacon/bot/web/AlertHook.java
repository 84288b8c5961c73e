package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.WebhookCounters.Outcome;
import dev.beacon.core.alerts.AlertBatch;
import dev.beacon.core.alerts.AlertIntake;
import dev.beacon.core.alerts.IntakeReceipt;
import dev.beacon.core.alerts.IntakeUnavailable;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.store.StoreException;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An alert webhook ({@code /hooks/alertmanager}, {@code /hooks/grafana}, {@code /hooks/generic}):
 * checks the method (405), the body's size (413), who sent it (401, without detail), reads it (400,
 * naming the field), then hands the batch to the {@link AlertIntake} and answers 200 with what
 * became of it once that is committed. When Beacon cannot take it now: 503 with {@code
 * Retry-After}, which Alertmanager and Grafana retry (they do not retry 4xx). Nothing reaches the
 * intake on any 4xx. Every answer is JSON.
 */
public final class AlertHook implements HttpHandler {

  /** What a 503 asks the sender to wait, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final Logger LOG = LoggerFactory.getLogger(AlertHook.class);

  private final SenderAuth auth;
  private final AlertParser parser;
  private final AlertIntake intake;
  private final long maxBodyBytes;
  private final WebhookCounters counters;
  private final Clock clock;

  /**
   * @param auth which sender this hook serves and how it authenticates
   * @param parser reads the sender's format
   * @param intake where batches go
   * @param maxBodyBytes larger bodies get 413 ({@code alerts.maxBodyBytes})
   * @param counters counts every request by outcome
   * @param clock for signature timestamps
   */
  public AlertHook(
      SenderAuth auth,
      AlertParser parser,
      AlertIntake intake,
      long maxBodyBytes,
      WebhookCounters counters,
      Clock clock) {
    this.auth = auth;
    this.parser = parser;
    this.intake = intake;
    this.maxBodyBytes = maxBodyBytes;
    this.counters = counters;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      respond(exchange);
    }
  }

  /** Counts the outcome, then sends the answer: a sender that got it sees it in the metrics. */
  private Outcome answer(HttpExchange exchange, int status, Object body, Outcome outcome)
      throws IOException {
    counters.count(source(), outcome);
    Exchanges.json(exchange, status, body);
    return outcome;
  }

  private String source() {
    return auth.sender().id();
  }

  private Outcome respond(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(auth.sender().path())) {
      return answer(exchange, 404, error("not found"), Outcome.BAD_REQUEST);
    }
    if (!auth.sender().methods().contains(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", String.join(", ", auth.sender().methods()));
      return answer(
          exchange,
          405,
          error("use " + String.join(" or ", auth.sender().methods())),
          Outcome.BAD_REQUEST);
    }
    Optional<byte[]> body = Exchanges.bodyWithin(exchange, maxBodyBytes);
    if (body.isEmpty()) {
      LOG.info("{} alert webhook refused: body over {} bytes", source(), maxBodyBytes);
      return answer(
          exchange, 413, error("body over " + maxBodyBytes + " bytes"), Outcome.TOO_LARGE);
    }
    Optional<String> refusal =
        auth.refusal(exchange.getRequestHeaders(), body.get(), clock.instant());
    if (refusal.isPresent()) {
      LOG.info(
          "{} alert webhook from {} refused: {}",
          source(),
          exchange.getRemoteAddress().getAddress().getHostAddress(),
          refusal.get());
      return answer(exchange, 401, error("unauthorized"), Outcome.UNAUTHORIZED);
    }
    AlertBatch batch;
    try {
      batch = parser.parse(body.get());
    } catch (IllegalArgumentException e) {
      return malformed(exchange, e);
    } catch (RuntimeException e) {
      return failed(exchange, "reading", e);
    } catch (Exception e) {
      return malformed(exchange, e);
    }
    IntakeReceipt receipt;
    try {
      receipt = intake.accept(batch);
    } catch (IntakeUnavailable | StoreException e) {
      LOG.warn("{} alerts not taken now, sender told to retry: {}", source(), e.getMessage());
      exchange.getResponseHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      return answer(exchange, 503, error("temporarily unavailable; retry"), Outcome.UNAVAILABLE);
    } catch (RuntimeException e) {
      return failed(exchange, "taking", e);
    }
    LOG.info(
        "{} alerts ({}, group {}): {} -> {}",
        source(),
        receipt.alerts(),
        batch.groupKey(),
        receipt.outcome(),
        receipt.incidents());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("alerts", receipt.alerts());
    answer.put("incidents", receipt.incidents().stream().map(IncidentId::toString).toList());
    answer.put("outcome", receipt.outcome());
    return answer(exchange, 200, answer, Outcome.ACCEPTED);
  }

  private Outcome malformed(HttpExchange exchange, Exception e) throws IOException {
    String message = e.getMessage() == null ? "unreadable payload" : e.getMessage();
    LOG.info("{} alert webhook refused as malformed: {}", source(), message);
    return answer(exchange, 400, error(message), Outcome.BAD_REQUEST);
  }

  private Outcome failed(HttpExchange exchange, String doing, RuntimeException e)
      throws IOException {
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("ref {}: {} {} alerts failed", ref, doing, source(), e);
    return answer(exchange, 500, error("internal error (ref " + ref + ")"), Outcome.ERROR);
  }

  private static Map<String, String> error(String message) {
    return Map.of("error", message);
  }
}
