package dev.beacon.integrations.opsgenie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.paging.PageAction;
import dev.beacon.core.paging.PageLink;
import dev.beacon.core.paging.PageOutcome;
import dev.beacon.core.paging.PageRequest;
import dev.beacon.core.paging.Pager;
import dev.beacon.integrations.http.Limits;
import dev.beacon.integrations.http.VendorCall;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Pages through Opsgenie's Alert API: a trigger creates an alert whose alias is the page's dedup
 * key; acknowledge and close act on that alias. Opsgenie processes requests asynchronously: a 202
 * means "queued", and its {@code requestId} is the reference kept.
 */
public final class OpsgeniePager implements Pager {

  /** Alert API limit on {@code message}. */
  public static final int MAX_MESSAGE = 130;

  /** Alert API limit on {@code alias}. */
  public static final int MAX_ALIAS = 512;

  /** Alert API limit on {@code description}. */
  public static final int MAX_DESCRIPTION = 15_000;

  /** Alert API limit on a tag. */
  private static final int MAX_TAG = 50;

  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient client;
  private final HttpUrl alertsUrl;
  private final Supplier<Optional<String>> apiKey;

  /**
   * @param client the shared client
   * @param baseUrl {@code https://api.opsgenie.com}, {@code https://api.eu.opsgenie.com}, or a
   *     stand-in
   * @param apiKey the API integration's key, read from the environment by the caller
   * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL
   */
  public OpsgeniePager(OkHttpClient client, URI baseUrl, Supplier<Optional<String>> apiKey) {
    this.client = Objects.requireNonNull(client, "client");
    this.alertsUrl =
        VendorCall.url(baseUrl, "Opsgenie baseUrl")
            .newBuilder()
            .addPathSegments("v2/alerts")
            .build();
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
  }

  @Override
  public String method() {
    return "opsgenie";
  }

  @Override
  public PageOutcome send(PageRequest request) {
    Optional<String> key = apiKey.get().filter(k -> !k.isBlank());
    if (key.isEmpty()) {
      return new PageOutcome.Rejected(
          "no Opsgenie API key; set integrations.opsgenie.apiKeyEnv and that environment variable");
    }
    String alias = Limits.key(request.dedupKey(), MAX_ALIAS);
    HttpUrl url;
    ObjectNode body;
    if (request.action() == PageAction.TRIGGER) {
      url = alertsUrl;
      body = alert(request, alias);
    } else {
      String verb = request.action() == PageAction.ACKNOWLEDGE ? "acknowledge" : "close";
      url =
          alertsUrl
              .newBuilder()
              .addPathSegment(alias) // encodes '/', '?', '#' and the like
              .addPathSegment(verb)
              .addQueryParameter("identifierType", "alias")
              .build();
      body = MAPPER.createObjectNode();
      body.put("source", "Beacon");
      body.put(
          "note",
          (request.action() == PageAction.ACKNOWLEDGE ? "Acknowledged" : "Resolved")
              + " in Beacon ("
              + request.subject()
              + ")");
    }
    Request http =
        new Request.Builder()
            .url(url)
            .header("Authorization", "GenieKey " + key.get())
            .header("Accept", "application/json")
            .post(RequestBody.create(bytes(body), JSON))
            .build();
    return VendorCall.execute(client, http, "Opsgenie", OpsgeniePager::outcome);
  }

  private static ObjectNode alert(PageRequest request, String alias) {
    ObjectNode alert = MAPPER.createObjectNode();
    String headline =
        request.summary() == null || request.summary().isBlank()
            ? request.title()
            : request.summary();
    alert.put("message", Limits.text(headline, MAX_MESSAGE));
    alert.put("alias", alias);
    alert.put("description", Limits.text(description(request), MAX_DESCRIPTION));
    if (!request.target().isEmpty()) {
      alert
          .putArray("responders")
          .addObject()
          .put("type", "user")
          .put("username", request.target());
    }
    alert.put("priority", priority(request.severity()));
    alert.put("entity", request.subject());
    alert.put("source", "Beacon");
    alert
        .putArray("tags")
        .add("beacon")
        .add(request.subject())
        .add(Limits.text(request.severity().name(), MAX_TAG));
    ObjectNode details = alert.putObject("details");
    new TreeMap<>(request.details()).forEach(details::put);
    details.put("incident", request.subject());
    if (!request.person().isEmpty()) {
      details.put("person", request.person());
    }
    for (PageLink link : request.links()) {
      details.put("link: " + link.text(), link.href());
    }
    return alert;
  }

  private static String description(PageRequest request) {
    StringBuilder text = new StringBuilder();
    text.append(request.subject()).append(" (").append(request.severity()).append("): ");
    text.append(request.title());
    if (request.summary() != null && !request.summary().isBlank()) {
      text.append("\n\n").append(request.summary());
    }
    if (!request.links().isEmpty()) {
      text.append("\n");
      for (PageLink link : request.links()) {
        text.append("\n").append(link.text()).append(": ").append(link.href());
      }
    }
    return text.toString();
  }

  private static PageOutcome outcome(VendorCall.Reply reply) {
    int code = reply.code();
    JsonNode root = parse(reply.body());
    if (code >= 200 && code < 300) {
      return new PageOutcome.Accepted(root == null ? "" : root.path("requestId").asText(""));
    }
    if (code == 429) {
      return new PageOutcome.RetryLater("Opsgenie rate limit (HTTP 429)", reply.retryAfter());
    }
    if (code == 408 || code >= 500) {
      return new PageOutcome.RetryLater(
          "Opsgenie unavailable (HTTP " + code + ")", reply.retryAfter());
    }
    return new PageOutcome.Rejected(
        "Opsgenie refused the request (HTTP " + code + "): " + errors(root, reply));
  }

  /** {@code message: field: error; ...} from Opsgenie's error body, else the body itself. */
  private static String errors(JsonNode root, VendorCall.Reply reply) {
    if (root == null || !root.isObject()) {
      return reply.snippet().isEmpty() ? "no details" : reply.snippet();
    }
    List<String> parts = new ArrayList<>();
    root.path("errors")
        .properties()
        .forEach(e -> parts.add(e.getKey() + ": " + e.getValue().asText()));
    String message = root.path("message").asText("");
    String joined = String.join("; ", parts);
    if (message.isEmpty()) {
      return joined.isEmpty() ? reply.snippet() : joined;
    }
    return joined.isEmpty() ? message : message + ": " + joined;
  }

  private static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static byte[] bytes(ObjectNode body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  static String priority(Severity severity) {
    return switch (severity) {
      case SEV1 -> "P1";
      case SEV2 -> "P2";
      case SEV3 -> "P3";
      case SEV4 -> "P4";
    };
  }
}
