package dev.beacon.integrations.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.paging.PageLink;
import dev.beacon.core.paging.PageOutcome;
import dev.beacon.core.paging.PageRequest;
import dev.beacon.core.paging.Pager;
import dev.beacon.integrations.http.VendorCall;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
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
 * Pages by POSTing Beacon's own JSON (schema version {@value #SCHEMA_VERSION}, see {@code
 * docs/webhook.md}) to a configured URL, signed with a shared secret when one is set.
 */
public final class WebhookPager implements Pager {

  /** The body's {@code version}; bumped only on a breaking change. */
  public static final int SCHEMA_VERSION = 1;

  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient client;
  private final HttpUrl url;
  private final Supplier<Optional<String>> secret;
  private final Clock clock;

  /**
   * @param client the shared client; this pager derives a variant that does not follow redirects
   *     (OkHttp would turn a redirected POST into a GET and drop the body)
   * @param url where to POST
   * @param secret the signing secret, read from the environment by the caller; without one the
   *     request is sent unsigned
   * @param clock for {@code sentAt} and {@code X-Beacon-Timestamp}
   * @throws IllegalArgumentException if {@code url} is not an http(s) URL
   */
  public WebhookPager(
      OkHttpClient client, URI url, Supplier<Optional<String>> secret, Clock clock) {
    this.client =
        Objects.requireNonNull(client, "client")
            .newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .build();
    this.url = VendorCall.url(url, "webhook url");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String method() {
    return "webhook";
  }

  @Override
  public PageOutcome send(PageRequest request) {
    Instant now = clock.instant();
    String event = event(request);
    byte[] body = body(request, event, now);
    long timestamp = now.getEpochSecond();
    Request.Builder http =
        new Request.Builder()
            .url(url)
            .header("X-Beacon-Event", event)
            .header("X-Beacon-Timestamp", Long.toString(timestamp))
            .header("Idempotency-Key", request.idempotencyKey())
            .post(RequestBody.create(body, JSON));
    secret
        .get()
        .filter(s -> !s.isEmpty())
        .ifPresent(
            s -> http.header("X-Beacon-Signature", WebhookSignature.sign(s, timestamp, body)));
    return VendorCall.execute(
        client, http.build(), "the webhook receiver", reply -> outcome(reply, request));
  }

  /** {@code page}, {@code acknowledge} or {@code resolve}. */
  static String event(PageRequest request) {
    return switch (request.action()) {
      case TRIGGER -> "page";
      case ACKNOWLEDGE -> "acknowledge";
      case RESOLVE -> "resolve";
    };
  }

  private static byte[] body(PageRequest request, String event, Instant now) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", SCHEMA_VERSION);
    root.put("id", request.idempotencyKey());
    root.put("event", event);
    root.put("dedupKey", request.dedupKey());
    ObjectNode incident = root.putObject("incident");
    incident.put("id", request.subject());
    incident.put("title", request.title());
    incident.put("severity", request.severity().name());
    incident.put("summary", request.summary());
    ArrayNode links = incident.putArray("links");
    for (PageLink link : request.links()) {
      links.addObject().put("href", link.href()).put("text", link.text());
    }
    ObjectNode recipient = root.putObject("recipient");
    recipient.put("person", request.person());
    recipient.put("target", request.target());
    ObjectNode details = root.putObject("details");
    new TreeMap<>(request.details()).forEach(details::put);
    root.put("decidedAt", request.at().toString());
    root.put("sentAt", now.toString());
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private static PageOutcome outcome(VendorCall.Reply reply, PageRequest request) {
    int code = reply.code();
    if (code >= 200 && code < 300) {
      return new PageOutcome.Accepted(request.idempotencyKey());
    }
    if (code == 408 || code == 429 || code >= 500) {
      return new PageOutcome.RetryLater(
          "webhook receiver answered HTTP " + code, reply.retryAfter());
    }
    if (code >= 300 && code < 400) {
      return new PageOutcome.Rejected(
          "webhook receiver redirected (HTTP " + code + "); configure the final URL");
    }
    String detail = reply.snippet();
    return new PageOutcome.Rejected(
        "webhook receiver refused it (HTTP "
            + code
            + ")"
            + (detail.isEmpty() ? "" : ": " + detail));
  }
}
