package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Discord on loopback for the real JDA: one MockWebServer serving the REST API under {@code
 * /api/v10/} and the gateway at {@code /gateway} (and at {@code /resume}, the {@code
 * resume_gateway_url} it gives in READY). It records every REST request and gateway message; tests
 * push interactions with {@link #push}, script failures with {@link #failNext} and {@link
 * #dropGateway}, and assert on what arrived with {@link #await} and {@link #awaitGateway}.
 */
public final class FakeDiscord implements AutoCloseable {

  public static final String BOT_ID = "1100000000000000001";
  public static final String APP_ID = BOT_ID;

  /** The text of any single message fetched by id (as a person in the channel wrote it). */
  public static final String PINNED_TEXT = "db failover started at 10:02, replica lag 40s";

  /** The direct-message channel the fake opens with any user. */
  public static final String DM_CHANNEL_ID = "1600000000000000001";

  public static final String GUILD_ID = "1200000000000000001";
  public static final String GUILD_NAME = "Ops";
  public static final String CHANNEL_ID = "1300000000000000001";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/api/v10";

  private final MockWebServer server = new MockWebServer();
  private final List<DiscordRequest> requests = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final List<Failure> failures = new ArrayList<>();
  private FakeGateway gateway;
  private Routes routes;

  private FakeDiscord() {}

  /** Starts a fake Discord on 127.0.0.1 and a free port. */
  public static FakeDiscord start() throws IOException {
    FakeDiscord fake = new FakeDiscord();
    fake.routes = fake.new Routes();
    fake.server.setDispatcher(fake.routes);
    fake.server.start(InetAddress.getLoopbackAddress(), 0);
    fake.gateway = new FakeGateway("ws://127.0.0.1:" + fake.server.getPort() + "/resume");
    return fake;
  }

  /** The REST base to configure as {@code discord.apiBaseUrl}. */
  public URI apiBaseUrl() {
    return URI.create("http://127.0.0.1:" + server.getPort() + API);
  }

  /** The gateway to configure as {@code discord.gatewayUrl}. */
  public URI gatewayUrl() {
    return URI.create("ws://127.0.0.1:" + server.getPort() + "/gateway");
  }

  /** Pushes {@code interaction} over the gateway; returns the interaction's id. */
  public String push(SlashInteraction interaction) {
    String id = snowflake();
    gateway.dispatch("INTERACTION_CREATE", interaction.payload(id, "token-" + id));
    return id;
  }

  /** Pushes any gateway event, e.g. {@code CHANNEL_DELETE} when a person deletes a channel. */
  public void dispatch(String type, String data) {
    gateway.dispatch(type, data);
  }

  /** Pushes a submitted form (modal); returns the interaction's id. */
  public String push(FormSubmit form) {
    String id = snowflake();
    gateway.dispatch("INTERACTION_CREATE", form.payload(id, "token-" + id));
    return id;
  }

  /** The intents Beacon identified with, as Discord's bit set; -1 before it identified. */
  public int identifiedIntents() {
    return gateway.identifiedIntents();
  }

  /** Pushes a button click; returns the interaction's id. */
  public String push(ButtonClick click) {
    String id = snowflake();
    gateway.dispatch("INTERACTION_CREATE", click.payload(id, "token-" + id));
    return id;
  }

  /**
   * Answers the next request matching {@code which} with {@code response} instead of the usual
   * answer (once; it is still recorded). See {@link DiscordResponses} for Discord's error answers.
   */
  public synchronized void failNext(Predicate<DiscordRequest> which, MockResponse response) {
    failures.add(new Failure(which, response));
  }

  /**
   * Drops the gateway connection from Discord's side with the websocket close {@code code}; 4000
   * ("unknown error") is one a bot resumes after.
   */
  public void dropGateway(int code) {
    gateway.drop(code);
  }

  /**
   * Closes the gateway with {@code code} at every IDENTIFY, as Discord does with 4014 when the bot
   * asks for a privileged intent not enabled in the developer portal.
   */
  public void refuseIdentify(int code) {
    gateway.refuseIdentify(code);
  }

  /** The sequence number of the last gateway dispatch sent to the bot. */
  public int lastSequence() {
    return gateway.lastSequence();
  }

  /** Every gateway message the bot sent so far, heartbeats included, in arrival order. */
  public List<GatewayFrame> gatewayFrames() {
    return gateway.frames();
  }

  /**
   * Waits at most {@code timeout} for a gateway message matching {@code which} (one already
   * received counts) and returns the first; fails with the messages seen otherwise.
   */
  public GatewayFrame awaitGateway(Predicate<GatewayFrame> which, Duration timeout)
      throws InterruptedException {
    return gateway.await(which, timeout);
  }

  /**
   * The channel whose name starts with {@code namePrefix} as Discord now holds it (after every edit
   * and permission change), or null when there is none (never made, or deleted).
   */
  public JsonNode channel(String namePrefix) {
    return routes.channels.values().stream()
        .filter(c -> c.path("name").asText().startsWith(namePrefix))
        .findFirst()
        .map(ObjectNode::deepCopy)
        .orElse(null);
  }

  /** The id of the category channel called {@code name}, or null. */
  public String categoryId(String name) {
    JsonNode c = channel(name);
    return c == null || c.path("type").asInt() != 4 ? null : c.path("id").asText();
  }

  /** The override for {@code id} (a role or member) in {@code channel}, or null. */
  public static JsonNode override(JsonNode channel, String id) {
    for (JsonNode o : channel.path("permission_overwrites")) {
      if (o.path("id").asText().equals(id)) {
        return o;
      }
    }
    return null;
  }

  /** Every REST request so far, in arrival order. */
  public synchronized List<DiscordRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests so far that match {@code which}. */
  public synchronized List<DiscordRequest> requests(Predicate<DiscordRequest> which) {
    return requests.stream().filter(which).toList();
  }

  /**
   * Waits at most {@code timeout} for a request matching {@code which} (one already received
   * counts) and returns the first; fails with the requests seen otherwise.
   */
  public synchronized DiscordRequest await(Predicate<DiscordRequest> which, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (DiscordRequest r : requests) {
        if (which.test(r)) {
          return r;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching request within " + timeout + "; got " + requests);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** A snowflake of the current time (JDA refuses follow-ups to interactions over 15 min old). */
  String snowflake() {
    long time = TimeUtil.getDiscordTimestamp(Instant.now().toEpochMilli());
    return Long.toString(time | (ids.incrementAndGet() & 0x3FFFFF));
  }

  /** Records {@code r}; returns the scripted failure to answer it with, if one matches. */
  private synchronized Optional<MockResponse> record(DiscordRequest r) {
    requests.add(r);
    notifyAll();
    for (Failure f : failures) {
      if (f.which().test(r)) {
        failures.remove(f);
        return Optional.of(f.response());
      }
    }
    return Optional.empty();
  }

  private record Failure(Predicate<DiscordRequest> which, MockResponse response) {}

  @Override
  public void close() {
    gateway.disconnect();
    server.close();
  }

  /** Routes REST calls; the gateway upgrade goes to {@link FakeGateway}. */
  private final class Routes extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getUrl().encodedPath();
      if (path.equals("/gateway") || path.equals("/resume")) {
        return new MockResponse.Builder().webSocketUpgrade(gateway.connection(path)).build();
      }
      String query = request.getUrl().encodedQuery();
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      DiscordRequest r =
          new DiscordRequest(
              request.getMethod(), path, query == null ? "" : query, body, Instant.now());
      return record(r).orElseGet(() -> answer(r));
    }

    private final java.util.Map<String, ObjectNode> channels =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, List<String>> posted =
        new java.util.concurrent.ConcurrentHashMap<>();

    private MockResponse answer(DiscordRequest r) {
      if (r.is("GET", API + "/users/@me")) {
        return json(200, "{\"id\":\"" + BOT_ID + "\",\"username\":\"beacon\",\"bot\":true}");
      }
      if (r.is("PUT", API + "/applications/\\d+/guilds/\\d+/commands")) {
        return json(200, registered(r.json()).toString());
      }
      if (r.is("POST", API + "/interactions/\\d+/[^/]+/callback")
          || r.is("DELETE", API + "/webhooks/\\d+/[^/]+/messages/@original")) {
        return new MockResponse.Builder().code(204).build();
      }
      if (r.is("POST", API + "/webhooks/\\d+/[^/]+")
          || r.is("PATCH", API + "/webhooks/\\d+/[^/]+/messages/[^/]+")) {
        return json(200, message());
      }
      if (r.is("GET", API + "/users/\\d+")) {
        String id = r.path().substring(r.path().lastIndexOf('/') + 1);
        return json(200, "{\"id\":\"" + id + "\",\"username\":\"user" + id + "\"}");
      }
      if (r.is("POST", API + "/users/@me/channels")) {
        String recipient = r.json().path("recipient_id").asText();
        return json(
            200,
            "{\"id\":\""
                + DM_CHANNEL_ID
                + "\",\"type\":1,\"recipients\":[{\"id\":\""
                + recipient
                + "\",\"username\":\"user"
                + recipient
                + "\"}]}");
      }
      if (r.is("POST", API + "/channels/\\d+/messages")) {
        String channelId = r.path().split("/")[4];
        String messageId = snowflake();
        posted.computeIfAbsent(channelId, c -> new java.util.ArrayList<>()).add(messageId);
        return json(200, message(channelId, messageId));
      }
      if (r.is("GET", API + "/channels/\\d+/messages/\\d+")) {
        String[] parts = r.path().split("/");
        return json(
            200,
            message(parts[4], parts[6])
                .replace("\"content\":\"\"", "\"content\":\"" + PINNED_TEXT + "\"")
                .replace(
                    "\"author\":{\"id\":\"" + BOT_ID + "\",\"username\":\"beacon\",\"bot\":true}",
                    "\"author\":{\"id\":\"100000000000000002\",\"username\":\"wei.z\"}"));
      }
      if (r.is("GET", API + "/channels/\\d+/messages")) {
        String channelId = r.path().split("/")[4];
        List<String> ids = posted.getOrDefault(channelId, List.of());
        return json(200, ids.isEmpty() ? "[]" : "[" + message(channelId, ids.get(0)) + "]");
      }
      if (r.is("PATCH", API + "/channels/\\d+/messages/\\d+")) {
        String[] parts = r.path().split("/");
        return json(200, message(parts[4], parts[6]));
      }
      if (r.is("PATCH", API + "/channels/\\d+")) {
        String channelId = r.path().split("/")[4];
        ObjectNode channel = channels.get(channelId);
        if (channel == null) {
          return json(404, "{\"message\":\"Unknown Channel\",\"code\":10003}");
        }
        r.json().fields().forEachRemaining(f -> channel.set(f.getKey(), f.getValue()));
        gateway.dispatch("CHANNEL_UPDATE", channel.toString()); // as Discord tells every bot
        return json(200, channel.toString());
      }
      if (r.is("PUT", API + "/channels/\\d+/permissions/\\d+")
          || r.is("DELETE", API + "/channels/\\d+/permissions/\\d+")) {
        String[] parts = r.path().split("/");
        ObjectNode channel = channels.get(parts[4]);
        if (channel == null) {
          return json(404, "{\"message\":\"Unknown Channel\",\"code\":10003}");
        }
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode o : channel.path("permission_overwrites")) {
          if (!o.path("id").asText().equals(parts[6])) {
            kept.add(o);
          }
        }
        if (r.method().equals("PUT")) {
          ObjectNode o = kept.addObject().put("id", parts[6]);
          o.put("type", r.json().path("type").asInt());
          o.put("allow", r.json().path("allow").asText("0"));
          o.put("deny", r.json().path("deny").asText("0"));
        }
        channel.set("permission_overwrites", kept);
        gateway.dispatch("CHANNEL_UPDATE", channel.toString());
        return new MockResponse.Builder().code(204).build();
      }
      if (r.is("GET", API + "/guilds/\\d+/members/\\d+")) {
        String id = r.path().substring(r.path().lastIndexOf('/') + 1);
        return json(
            200,
            "{\"user\":{\"id\":\""
                + id
                + "\",\"username\":\"user"
                + id
                + "\"},\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\","
                + "\"deaf\":false,\"mute\":false,\"flags\":0}");
      }
      if (r.is("DELETE", API + "/channels/\\d+")) {
        ObjectNode channel = channels.remove(r.path().split("/")[4]);
        if (channel == null) {
          return json(404, "{\"message\":\"Unknown Channel\",\"code\":10003}");
        }
        gateway.dispatch("CHANNEL_DELETE", channel.toString());
        return json(200, channel.toString());
      }
      if (r.is("POST", API + "/guilds/\\d+/channels")) {
        JsonNode asked = r.json();
        ObjectNode channel = JSON.createObjectNode();
        channel.put("id", snowflake()).put("guild_id", GUILD_ID);
        channel.put("type", asked.path("type").asInt(0)).put("name", asked.path("name").asText());
        channel.put("position", 1).put("nsfw", false).put("rate_limit_per_user", 0);
        channel.set(
            "permission_overwrites",
            asked.has("permission_overwrites")
                ? asked.get("permission_overwrites")
                : JSON.createArrayNode());
        if (asked.hasNonNull("parent_id")) {
          channel.put("parent_id", asked.path("parent_id").asText());
        }
        if (asked.hasNonNull("topic")) {
          channel.put("topic", asked.path("topic").asText());
        }
        channels.put(channel.path("id").asText(), channel);
        return json(201, channel.toString());
      }
      if (r.is("PUT", API + "/channels/\\d+/(messages/)?pins/\\d+")) {
        return new MockResponse.Builder().code(204).build();
      }
      return json(404, "{\"message\":\"Unknown route in the fake Discord\",\"code\":0}");
    }

    private ArrayNode registered(JsonNode commands) {
      ArrayNode out = JSON.createArrayNode();
      for (JsonNode c : commands) {
        ObjectNode copy = ((ObjectNode) c).deepCopy();
        copy.put("id", snowflake()).put("application_id", APP_ID).put("guild_id", GUILD_ID);
        copy.put("version", snowflake());
        if (!copy.has("type")) {
          copy.put("type", 1);
        }
        out.add(copy);
      }
      return out;
    }

    private String message() {
      return message(CHANNEL_ID, snowflake());
    }

    private String message(String channelId, String messageId) {
      return """
          {"id":"%s","type":0,"channel_id":"%s","content":"","tts":false,
           "timestamp":"%s","edited_timestamp":null,"mention_everyone":false,
           "author":{"id":"%s","username":"beacon","bot":true},
           "mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"components":[],
           "pinned":false,"flags":0}"""
          .formatted(messageId, channelId, Instant.now(), BOT_ID);
    }

    private MockResponse json(int code, String body) {
      return new MockResponse.Builder()
          .code(code)
          .addHeader("Content-Type", "application/json")
          .body(body)
          .build();
    }
  }
}
