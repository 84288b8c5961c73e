package dev.beacon.bot.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.console.ReplyPrinter;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Reply;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.incident.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /console/command}: runs a typed line as a configured person in a channel, exactly as
 * the chat and the terminal console do, and answers the reply as JSON. A public reply is also
 * posted in the channel (the line, then the answer); a reply only for the person (help, mistakes)
 * is answered but not posted. Takes a form or JSON with {@code person}, {@code channel}, {@code
 * line}; at most {@value #MAX_BODY} bytes.
 */
final class CommandRoute implements HttpHandler {

  /** Largest request body accepted. */
  static final int MAX_BODY = 16 * 1024;

  private final CommandDispatcher dispatcher;
  private final Catalog catalog;
  private final ChatLog log;
  private final Runnable afterCommand;
  private final Clock clock;

  CommandRoute(
      CommandDispatcher dispatcher,
      Catalog catalog,
      ChatLog log,
      Runnable afterCommand,
      Clock clock) {
    this.dispatcher = dispatcher;
    this.catalog = catalog;
    this.log = log;
    this.afterCommand = afterCommand;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      ConsoleResponse.json(exchange, 405, problem("Send commands with POST."));
      return;
    }
    byte[] body = boundedBody(exchange);
    if (body == null) {
      exchange.getResponseHeaders().set("Connection", "close");
      ConsoleResponse.json(exchange, 413, problem("The body is over " + MAX_BODY + " bytes."));
      return;
    }
    Map<String, String> form;
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    try {
      form = parse(type == null ? "" : type, new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      ConsoleResponse.json(exchange, 400, problem(e.getMessage()));
      return;
    }
    String who = form.getOrDefault("person", "").strip();
    Person person = catalog.person(who).orElse(null);
    if (person == null) {
      ConsoleResponse.json(
          exchange,
          400,
          problem(
              "Nobody called '"
                  + who
                  + "' is configured. People: "
                  + catalog.people().stream().map(Person::id).collect(Collectors.joining(", "))
                  + "."));
      return;
    }
    String line = form.getOrDefault("line", "").strip();
    if (line.isEmpty()) {
      ConsoleResponse.json(exchange, 400, problem("Type a command, e.g. /help."));
      return;
    }
    String channel = form.getOrDefault("channel", "").strip();
    if (channel.isEmpty()) {
      channel = ChatLog.directTo(person.id());
    }
    Reply reply = dispatcher.dispatchLine(Actor.person(person.id()), channel, line);
    if (!reply.ephemeral()) {
      log.post(new ChatMessage(channel, person.id(), line, clock.instant()));
      log.post(
          new ChatMessage(
              channel,
              ChatMessage.BEACON,
              ReplyPrinter.render(withoutButtons(reply)).stripTrailing(),
              clock.instant(),
              reply.buttons()));
    }
    // Send the pages and posts the command decided now, so the answer and the stream agree.
    afterCommand.run();
    ConsoleResponse.json(exchange, 200, answer(reply));
  }

  private static Reply withoutButtons(Reply r) {
    return new Reply(r.title(), r.text(), r.fields(), List.of(), r.ephemeral(), r.error());
  }

  private static Map<String, Object> answer(Reply r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", r.title());
    json.put("text", r.text());
    json.put(
        "fields",
        r.fields().stream().map(f -> Map.of("name", f.name(), "value", f.value())).toList());
    json.put(
        "buttons",
        r.buttons().stream().map(b -> Map.of("label", b.label(), "command", b.command())).toList());
    json.put("ephemeral", r.ephemeral());
    json.put("error", r.error());
    return json;
  }

  static Map<String, Object> problem(String message) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("error", true);
    json.put("text", message);
    return json;
  }

  /** The body, or null when it is over {@link #MAX_BODY}. */
  private static byte[] boundedBody(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null
        && declared.strip().matches("[0-9]{1,18}")
        && Long.parseLong(declared.strip()) > MAX_BODY) {
      return null;
    }
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  private static Map<String, String> parse(String contentType, String body) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (type.equals("application/json")) {
      JsonNode node;
      try {
        node = ConsoleResponse.JSON.readTree(body);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("The body is not JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("Send a JSON object with person, channel and line.");
      }
      Map<String, String> fields = new HashMap<>();
      node.fields()
          .forEachRemaining(
              e ->
                  fields.put(
                      e.getKey(),
                      e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
      return fields;
    }
    if (type.equals("application/x-www-form-urlencoded")) {
      Map<String, String> fields = new HashMap<>();
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        String[] kv = pair.split("=", 2);
        fields.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      return fields;
    }
    throw new IllegalArgumentException(
        "Send application/json or application/x-www-form-urlencoded, not '" + contentType + "'.");
  }
}
