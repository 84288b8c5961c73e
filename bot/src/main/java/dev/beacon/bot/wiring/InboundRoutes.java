package dev.beacon.bot.wiring;

import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.HttpListener;
import dev.beacon.bot.web.VendorHook;
import dev.beacon.config.HttpConfig;
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

  static HttpListener listen(
      HttpConfig address, InboundSecrets secrets, VendorAcknowledgements acknowledgements) {
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
            acknowledgements));
    routes.put(
        "/hooks/opsgenie",
        new VendorHook(
            "opsgenie",
            (body, exchange) ->
                OpsgenieCallback.parse(
                    body,
                    exchange.getRequestHeaders().getFirst(OpsgenieCallback.TOKEN_HEADER),
                    secrets.opsgenie().orElse("")),
            acknowledgements));
    return HttpListener.start(address.host(), address.port(), routes);
  }
}
