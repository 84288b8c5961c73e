package dev.beacon.bot.wiring;

import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.VendorHook;
import dev.beacon.bot.web.WebhookCounters;
import dev.beacon.core.paging.VendorAcknowledgements;
import dev.beacon.integrations.opsgenie.OpsgenieCallback;
import dev.beacon.integrations.pagerduty.PagerDutyWebhook;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP routes for vendors' webhooks: {@code POST /hooks/pagerduty} and {@code /hooks/opsgenie}.
 */
final class InboundRoutes {

  private InboundRoutes() {}

  static Map<String, HttpHandler> of(
      InboundSecrets secrets, VendorAcknowledgements acknowledgements, WebhookCounters counters) {
    Map<String, HttpHandler> routes = new LinkedHashMap<>();
    routes.put(
        "/hooks/pagerduty",
        new VendorHook(
            "pagerduty",
            (body, exchange) ->
                PagerDutyWebhook.parse(
                    body,
                    exchange.getRequestHeaders().getFirst(PagerDutyWebhook.SIGNATURE_HEADER),
                    secrets.pagerDuty()),
            acknowledgements,
            counters));
    routes.put(
        "/hooks/opsgenie",
        new VendorHook(
            "opsgenie",
            (body, exchange) ->
                OpsgenieCallback.parse(
                    body,
                    exchange.getRequestHeaders().getFirst(OpsgenieCallback.TOKEN_HEADER),
                    secrets.opsgenie().orElse("")),
            acknowledgements,
            counters));
    return routes;
  }
}
