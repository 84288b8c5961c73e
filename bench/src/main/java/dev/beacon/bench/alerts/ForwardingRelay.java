package dev.beacon.bench.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.beacon.bot.web.HttpListener;
import dev.beacon.integrations.http.HttpClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor for the alert path: a bare receive-and-forward relay on Beacon's own HTTP stack (its
 * {@link HttpListener}: the JDK's server, the same pool of request threads) and Beacon's HTTP
 * client (OkHttp, built by {@link HttpClients#shared()}). It reads the Alertmanager body, checks
 * the bearer token, parses the JSON, POSTs a small Events API v2 trigger to the mock on the request
 * thread, and answers 202. No store, no incident, no outbox: what any relay costs.
 */
final class ForwardingRelay implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private final HttpListener listener;
  private final OkHttpClient client = HttpClients.shared();
  private final String enqueueUrl;
  private final String token;

  private ForwardingRelay(String enqueueUrl, String token) {
    this.enqueueUrl = enqueueUrl;
    this.token = token;
    this.listener = HttpListener.start("127.0.0.1", 0, Map.of("/hooks/alertmanager", this::handle));
  }

  /** A relay on a free loopback port forwarding to {@code enqueueUrl}, taking {@code token}. */
  static ForwardingRelay start(String enqueueUrl, String token) {
    return new ForwardingRelay(enqueueUrl, token);
  }

  /** Its port. */
  int port() {
    return listener.port();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "{\"error\":\"unauthorized\"}");
        return;
      }
      JsonNode alerts = JSON.readTree(body).path("alerts");
      String summary = alerts.path(0).path("annotations").path("summary").asText();
      ObjectNode event = JSON.createObjectNode();
      event.put("routing_key", "R0UT1NGKEY00000000000000000000AB");
      event.put("event_action", "trigger");
      event.put("dedup_key", "relay-" + alerts.path(0).path("fingerprint").asText());
      ObjectNode payload = event.putObject("payload");
      payload.put("summary", summary);
      payload.put("source", "relay");
      payload.put("severity", "critical");
      payload.putObject("custom_details").put("title", summary);
      Request forward =
          new Request.Builder()
              .url(enqueueUrl)
              .post(RequestBody.create(JSON.writeValueAsBytes(event), JSON_TYPE))
              .build();
      int status;
      try (Response response = client.newCall(forward).execute()) {
        status = response.code();
      }
      answer(exchange, status / 100 == 2 ? 202 : 502, "{\"forwarded\":" + status + "}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    listener.close();
  }
}
