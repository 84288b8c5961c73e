package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The gateway side of the fake Discord: says HELLO, answers IDENTIFY with READY and one
 * GUILD_CREATE (the minimal payloads JDA accepts), ACKs heartbeats, and pushes dispatches. Text
 * frames, JSON, no compression.
 */
final class FakeGateway extends WebSocketListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String resumeUrl;
  private final AtomicReference<WebSocket> socket = new AtomicReference<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger intents = new AtomicInteger(-1);

  FakeGateway(String resumeUrl) {
    this.resumeUrl = resumeUrl;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket.set(webSocket);
    webSocket.send("{\"op\":10,\"s\":null,\"t\":null,\"d\":{\"heartbeat_interval\":41250}}");
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    int op = read(text).path("op").asInt(-1);
    if (op == 1) {
      webSocket.send("{\"op\":11}");
    } else if (op == 2) {
      intents.set(read(text).path("d").path("intents").asInt());
      sequence.set(0);
      dispatch(webSocket, "READY", ready());
      dispatch(webSocket, "GUILD_CREATE", guildCreate());
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(code, null); // completes the close handshake JDA started
  }

  /** The intents of the last IDENTIFY, as Discord's bit set; -1 before any. */
  int identifiedIntents() {
    return intents.get();
  }

  /** Drops the connection, if any, so the server can stop at once. */
  void disconnect() {
    WebSocket ws = socket.getAndSet(null);
    if (ws != null) {
      ws.close(1001, "fake Discord stopping");
    }
  }

  /** Sends a dispatch ({@code op 0}) with the next sequence number. */
  void dispatch(String type, String data) {
    WebSocket ws = socket.get();
    if (ws == null) {
      throw new IllegalStateException("no gateway connection yet: is JDA ready?");
    }
    dispatch(ws, type, data);
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

  private String ready() {
    return """
        {"user":{"id":"%s","username":"beacon","bot":true},
         "application":{"id":"%s"},
         "guilds":[{"id":"%s","unavailable":true}],
         "private_channels":[],"session_id":"s1","resume_gateway_url":"%s"}"""
        .formatted(FakeDiscord.BOT_ID, FakeDiscord.APP_ID, FakeDiscord.GUILD_ID, resumeUrl);
  }

  private static String guildCreate() {
    return """
        {"id":"%s","afk_timeout":60,"member_count":1,
         "members":[{"user":{"id":"%s","username":"beacon"},"roles":[]}],
         "roles":[{"id":"%s","name":"@everyone","position":0,"permissions":"8",
                   "colors":{"primary_color":0}}],
         "channels":[{"id":"%s","type":0,"name":"general","position":0}],
         "threads":[],"guild_scheduled_events":[],"emojis":[],"voice_states":[]}"""
        .formatted(
            FakeDiscord.GUILD_ID, FakeDiscord.BOT_ID, FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
