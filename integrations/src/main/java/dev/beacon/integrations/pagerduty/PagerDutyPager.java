package dev.beacon.integrations.pagerduty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Pages through PagerDuty's Events API v2 ({@code POST /v2/enqueue}): a trigger raises an alert on
 * the service the routing key belongs to; acknowledge and resolve act on it by dedup key.
 */
public final class PagerDutyPager implements Pager {

  /** The Events API's limit on {@code dedup_key}. */
  public static final int MAX_DEDUP_KEY = 255;

  /** The Events API's limit on {@code payload.summary}. */
  public static final int MAX_SUMMARY = 1024;

  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient client;
  private final HttpUrl enqueueUrl;
  private final Function<PageRequest, Optional<String>> routingKey;
  private final String source;

  /**
   * @param client the shared client
   * @param baseUrl {@code https://events.pagerduty.com}, or a stand-in
   * @param routingKey the Events API integration key for a request's team, if one is configured
   *     (read from the environment by the caller)
   * @param source {@code payload.source}: where the problem is, e.g. Beacon's public host name
   * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL
   */
  public PagerDutyPager(
      OkHttpClient client,
      URI baseUrl,
      Function<PageRequest, Optional<String>> routingKey,
      String source) {
    this.client = Objects.requireNonNull(client, "client");
    this.enqueueUrl =
        VendorCall.url(baseUrl, "PagerDuty baseUrl")
            .newBuilder()
            .addPathSegments("v2/enqueue")
            .build();
    this.routingKey = Objects.requireNonNull(routingKey, "routingKey");
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public String method() {
    return "pagerduty";
  }

  @Override
  public PageOutcome send(PageRequest request) {
    Optional<String> key = routingKey.apply(request).filter(k -> !k.isBlank());
    if (key.isEmpty()) {
      return new PageOutcome.Rejected(
          "no PagerDuty routing key for the team paged in "
              + request.subject()
              + "; set integrations.pagerduty.routingKeyEnv (or the team's routing key)"
              + " and that environment variable");
    }
    String dedupKey = Limits.key(request.dedupKey(), MAX_DEDUP_KEY);
    byte[] body;
    try {
      body = MAPPER.writeValueAsBytes(event(request, key.get(), dedupKey));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
    Request http =
        new Request.Builder()
            .url(enqueueUrl)
            .header("Accept", "application/json")
            .post(RequestBody.create(body, JSON))
            .build();
    return VendorCall.execute(client, http, "PagerDuty", reply -> outcome(reply, dedupKey));
  }

  /** The Events API v2 body; acknowledge and resolve carry only the key and the action. */
  private ObjectNode event(PageRequest request, String key, String dedupKey) {
    ObjectNode event = MAPPER.createObjectNode();
    event.put("routing_key", key);
    event.put("event_action", action(request.action()));
    event.put("dedup_key", dedupKey);
    if (request.action() != PageAction.TRIGGER) {
      return event;
    }
    ObjectNode payload = event.putObject("payload");
    String summary =
        request.summary() == null || request.summary().isBlank()
            ? request.title()
            : request.summary();
    payload.put("summary", Limits.text(summary, MAX_SUMMARY));
    payload.put("source", source);
    payload.put("severity", severity(request.severity()));
    payload.put("timestamp", request.at().toString());
    component(request.details()).ifPresent(c -> payload.put("component", c));
    ObjectNode custom = payload.putObject("custom_details");
    new TreeMap<>(request.details()).forEach(custom::put);
    custom.put("incident", request.subject());
    custom.put("title", request.title());
    custom.put("severity", request.severity().name());
    if (!request.person().isEmpty()) {
      custom.put("person", request.person());
    }
    if (!request.target().isEmpty()) {
      custom.put("target", request.target());
    }
    ArrayNode links = event.putArray("links");
    for (PageLink link : request.links()) {
      links.addObject().put("href", link.href()).put("text", link.text());
    }
    event.put("client", "Beacon");
    return event;
  }

  private static PageOutcome outcome(VendorCall.Reply reply, String dedupKey) {
    int code = reply.code();
    if (code >= 200 && code < 300) {
      String theirs = field(reply.body(), "dedup_key");
      return new PageOutcome.Accepted(theirs.isEmpty() ? dedupKey : theirs);
    }
    if (code == 429) {
      return new PageOutcome.RetryLater("PagerDuty rate limit (HTTP 429)", reply.retryAfter());
    }
    if (code == 408 || code >= 500) {
      return new PageOutcome.RetryLater(
          "PagerDuty unavailable (HTTP " + code + ")", reply.retryAfter());
    }
    return new PageOutcome.Rejected(
        "PagerDuty refused the event (HTTP " + code + "): " + errors(reply));
  }

  /** {@code message: error; error} from PagerDuty's error body, else the body itself. */
  private static String errors(VendorCall.Reply reply) {
    JsonNode root = parse(reply.body());
    if (root == null || !root.isObject()) {
      return reply.snippet().isEmpty() ? "no details" : reply.snippet();
    }
    List<String> parts = new ArrayList<>();
    JsonNode errors = root.path("errors");
    if (errors.isArray()) {
      errors.forEach(e -> parts.add(e.asText()));
    } else if (errors.isTextual()) {
      parts.add(errors.asText());
    }
    String message = root.path("message").asText("");
    String joined = String.join("; ", parts);
    if (message.isEmpty()) {
      return joined.isEmpty() ? reply.snippet() : joined;
    }
    return joined.isEmpty() ? message : message + ": " + joined;
  }

  private static String field(String body, String name) {
    JsonNode root = parse(body);
    return root == null ? "" : root.path(name).asText("");
  }

  private static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static Optional<String> component(Map<String, String> details) {
    return Optional.ofNullable(details.get("component"))
        .or(() -> Optional.ofNullable(details.get("service")))
        .filter(c -> !c.isBlank());
  }

  static String action(PageAction action) {
    return switch (action) {
      case TRIGGER -> "trigger";
      case ACKNOWLEDGE -> "acknowledge";
      case RESOLVE -> "resolve";
    };
  }

  static String severity(Severity severity) {
    return switch (severity) {
      case SEV1 -> "critical";
      case SEV2 -> "error";
      case SEV3 -> "warning";
      case SEV4 -> "info";
    };
  }
}
