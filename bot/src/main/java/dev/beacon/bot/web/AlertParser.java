package dev.beacon.bot.web;

import dev.beacon.core.alerts.AlertBatch;

/**
 * Reads one sender's wire format (Alertmanager, Grafana, the generic payload) into a batch. The
 * parsers live in {@code integrations}; the hook only needs this shape, e.g. {@code
 * AlertmanagerPayload::parse}, or {@code body -> GenericPayload.parse(body, clock.instant())}.
 */
@FunctionalInterface
public interface AlertParser {

  /**
   * The batch in {@code body}.
   *
   * @throws Exception when the body is not a payload of this format: an {@link
   *     IllegalArgumentException} (or subclass) or any checked exception, whose message names the
   *     field at fault, is answered 400 with that message; any other runtime exception is a bug and
   *     answered 500
   */
  AlertBatch parse(byte[] body) throws Exception;
}
