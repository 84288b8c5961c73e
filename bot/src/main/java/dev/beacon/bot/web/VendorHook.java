package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.WebhookCounters.Outcome;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.paging.VendorAcknowledgements;
import dev.beacon.core.store.StoreException;
import dev.beacon.integrations.http.InboundAck;
import dev.beacon.integrations.http.InboundRejected;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An inbound webhook from a paging vendor: verifies it, then acknowledges or resolves the incident
 * it names. Answers 202 once the change is committed (or was already done), 401 without detail when
 * the signature or token is wrong, 400 for a malformed body, 413 for an oversized one, 405 for
 * anything but POST, and 503 when the store could not take it (vendors retry 5xx).
 */
public final class VendorHook implements HttpHandler {

  /** Verifies and parses a vendor's request. */
  @FunctionalInterface
  public interface Parser {
    /** The acknowledgement carried, or empty for an event Beacon does not act on. */
    Optional<InboundAck> parse(byte[] body, HttpExchange exchange) throws InboundRejected;
  }

  private static final Logger LOG = LoggerFactory.getLogger(VendorHook.class);

  private final String vendor;
  private final Parser parser;
  private final VendorAcknowledgements acknowledgements;
  private final WebhookCounters counters;

  /** A hook for {@code vendor}, counting its requests in {@code counters}. */
  public VendorHook(
      String vendor,
      Parser parser,
      VendorAcknowledgements acknowledgements,
      WebhookCounters counters) {
    this.vendor = vendor;
    this.parser = parser;
    this.acknowledgements = acknowledgements;
    this.counters = counters;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      counters.count(vendor, respond(exchange));
    }
  }

  private Outcome respond(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      Exchanges.answer(exchange, 405, "use POST");
      return Outcome.BAD_REQUEST;
    }
    Optional<byte[]> body = Exchanges.body(exchange);
    if (body.isEmpty()) {
      return Outcome.TOO_LARGE;
    }
    Optional<InboundAck> ack;
    try {
      ack = parser.parse(body.get(), exchange);
    } catch (InboundRejected e) {
      LOG.warn("{} webhook refused: {}", vendor, e.getMessage());
      boolean unauthorized = e.httpStatus() == 401;
      Exchanges.answer(
          exchange, e.httpStatus(), unauthorized ? "unauthorized" : "malformed: " + e.getMessage());
      return unauthorized ? Outcome.UNAUTHORIZED : Outcome.BAD_REQUEST;
    }
    if (ack.isEmpty()) {
      Exchanges.answer(exchange, 202, "ignored: not an acknowledgement or resolution");
      return Outcome.ACCEPTED;
    }
    InboundAck a = ack.get();
    try {
      VendorAcknowledgements.Result result =
          acknowledgements.apply(vendor, a.dedupKey(), a.pageAction(), a.who());
      LOG.info("{} {} of {} by {}: {}", vendor, a.action(), a.dedupKey(), a.who(), result);
      Exchanges.answer(exchange, 202, result.name().toLowerCase(java.util.Locale.ROOT));
      return Outcome.ACCEPTED;
    } catch (IncidentException e) {
      // Changed meanwhile by someone else (e.g. acknowledged in chat): nothing left to do.
      LOG.info("{} {} of {}: {}", vendor, a.action(), a.dedupKey(), e.getMessage());
      Exchanges.answer(exchange, 202, "already");
      return Outcome.ACCEPTED;
    } catch (StoreException e) {
      LOG.error("{} webhook could not be stored: {}", vendor, e.getMessage());
      Exchanges.answer(exchange, 503, "temporarily unavailable; retry");
      return Outcome.UNAVAILABLE;
    } catch (RuntimeException e) {
      String ref = java.util.UUID.randomUUID().toString().substring(0, 8);
      LOG.error("ref {}: {} webhook failed", ref, vendor, e);
      Exchanges.answer(exchange, 500, "internal error (ref " + ref + ")");
      return Outcome.ERROR;
    }
  }
}
