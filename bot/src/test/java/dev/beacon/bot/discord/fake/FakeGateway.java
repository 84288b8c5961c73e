package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The gateway side of the fake Discord: says HELLO, answers IDENTIFY with READY and one
 * GUILD_CREATE (the minimal payloads JDA accepts), answers a RESUME of session {@code s1} with
 * RESUMED, ACKs heartbeats, and pushes dispatches. It records what the bot sent and can drop the
 * connection as Discord sometimes does. Text frames, JSON, no compression.
 */
final class FakeGateway {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SESSION_ID = "s1";

  private final String resumeUrl;
  private final AtomicReference<WebSocket> socket = new AtomicReference<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger identifyRefusal = new AtomicInteger();
  private final List<GatewayFrame> received = new ArrayList<>();

  FakeGateway(String resumeUrl) {
    this.resumeUrl = resumeUrl;
  }

  /** A listener for one websocket connection made on {@code path}. */
  WebSocketListener connection(String path) {
    return new Connection(path);
  }

  /** Drops the connection, if any, so the server can stop at once. */
  void disconnect() {
    WebSocket ws = socket.getAndSet(null);
    if (ws != null) {
      ws.close(1001, "fake Discord stopping");
    }
  }

  /**
   * Closes the current connection from Discord's side with {@code code} (4000 "unknown error" is
   * one the bot should resume after).
   */
  void drop(int code) {
    WebSocket ws = socket.get();
    if (ws == null) {
      throw new IllegalStateException("no gateway connection to drop");
    }
    ws.close(code, "fake Discord drops the connection");
  }

  /** The sequence number of the last dispatch sent. */
  int lastSequence() {
    return sequence.get();
  }

  /** Sends a dispatch ({@code op 0}) with the next sequence number. */
  void dispatch(String type, String data) {
    WebSocket ws = socket.get();
    if (ws == null) {
      throw new IllegalStateException("no gateway connection yet: is JDA ready?");
    }
    dispatch(ws, type, data);
  }

  /** Everything the bot sent so far, in order. */
  /** The intents of the last IDENTIFY, as Discord's bit set; -1 before any. */
  synchronized int identifiedIntents() {
    int intents = -1;
    for (GatewayFrame f : received) {
      if (f.op() == GatewayFrame.IDENTIFY) {
        intents = f.d().path("intents").asInt();
      }
    }
    return intents;
  }

  synchronized List<GatewayFrame> frames() {
    return List.copyOf(received);
  }

  /** Waits at most {@code timeout} for a frame matching {@code which}; fails otherwise. */
  synchronized GatewayFrame await(Predicate<GatewayFrame> which, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (GatewayFrame f : received) {
        if (which.test(f)) {
          return f;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching gateway frame within " + timeout + "; " + received);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Answers every IDENTIFY by closing with {@code code} (4014: disallowed intents). */
  void refuseIdentify(int code) {
    identifyRefusal.set(code);
  }

  private synchronized void record(GatewayFrame frame) {
    received.add(frame);
    notifyAll();
  }

  private void dispatch(WebSocket ws, String type, String data) {
    ws.send(
        "{\"op\":0,\"s\":"
            + sequence.incrementAndGet()
            + ",\"t\":\""
            + type
            + "\",\"d\":"
            + data
            + "}");
  }

  /** One websocket connection; frames are recorded after they are answered. */
  private final class Connection extends WebSocketListener {
    private final String path;

    Connection(String path) {
      this.path = path;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket.set(webSocket);
      webSocket.send("{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode frame = read(text);
      int op = frame.path("op").asInt(-1);
      if (op == 1) {
        webSocket.send("{\"op\":11}");
      } else if (op == GatewayFrame.IDENTIFY && identifyRefusal.get() != 0) {
        webSocket.close(identifyRefusal.get(), "Disallowed intent(s).");
      } else if (op == GatewayFrame.IDENTIFY) {
        sequence.set(0);
        dispatch(webSocket, "READY", ready());
        dispatch(webSocket, "GUILD_CREATE", guildCreate());
      } else if (op == GatewayFrame.RESUME) {
        if (frame.path("d").path("session_id").asText().equals(SESSION_ID)) {
          dispatch(webSocket, "RESUMED", "{}");
        } else {
          webSocket.send("{\"op\":9,\"s\":null,\"t\":null,\"d\":false}"); // invalid session
        }
      }
      record(new GatewayFrame(path, op, frame.path("d")));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(code, null); // completes the close handshake JDA started
    }
  }

  private String ready() {
    return """
        {"user":{"id":"%s","username":"beacon","bot":true},
         "application":{"id":"%s"},
         "guilds":[{"id":"%s","unavailable":true}],
         "private_channels":[],"session_id":"%s","resume_gateway_url":"%s"}"""
        .formatted(
            FakeDiscord.BOT_ID, FakeDiscord.APP_ID, FakeDiscord.GUILD_ID, SESSION_ID, resumeUrl);
  }

  private static String guildCreate() {
    return """
        {"id":"%s","name":"%s","afk_timeout":60,"member_count":1,
         "members":[{"user":{"id":"%s","username":"beacon"},"roles":[]}],
         "roles":%s,
         "channels":[{"id":"%s","type":0,"name":"general","position":0}],
         "threads":[],"guild_scheduled_events":[],"emojis":[],"voice_states":[]}"""
        .formatted(
            FakeDiscord.GUILD_ID,
            FakeDiscord.GUILD_NAME,
            FakeDiscord.BOT_ID,
            FakeRoles.guildRoles(),
            FakeDiscord.CHANNEL_ID);
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
