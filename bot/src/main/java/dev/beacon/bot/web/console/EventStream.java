package dev.beacon.bot.web.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /console/events}: every new chat message as a server-sent event ({@code id:} its
 * sequence number, {@code event: message}, data: JSON with channel, who, text, time, buttons), and
 * a comment line every keep-alive interval. {@code ?after=n} (the page's number) or a browser's
 * {@code Last-Event-ID} on reconnecting first replays what came after n. Each connection gets its
 * own small writer thread and a bounded queue, so the HTTP listener's threads are never held and a
 * stalled or vanished client (its write fails, or its queue overflows) is dropped without slowing
 * anyone else.
 */
final class EventStream implements HttpHandler, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

  /** Open connections at most; more are answered 503. */
  static final int MAX_CLIENTS = 32;

  /** Messages waiting for one client at most before it is dropped as stalled. */
  static final int QUEUE = 1000;

  private final ChatLog log;
  private final Duration keepAlive;
  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  EventStream(ChatLog log, Duration keepAlive) {
    this.log = log;
    this.keepAlive = keepAlive;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET");
      ConsoleResponse.text(exchange, 405, "Subscribe with GET.");
      return;
    }
    if (closed || clients.size() >= MAX_CLIENTS) {
      ConsoleResponse.text(exchange, 503, "Too many open consoles; close one and reload.");
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(200, 0);
    Client client = new Client(exchange);
    clients.add(client);
    log.listen(after(exchange), client);
    Thread writer = new Thread(client::run, "beacon-console-events");
    writer.setDaemon(true);
    client.thread = writer;
    writer.start();
  }

  /** Open connections now. */
  int clients() {
    return clients.size();
  }

  /** Ends every connection. */
  @Override
  public void close() {
    closed = true;
    for (Client c : clients) {
      c.stop();
    }
  }

  /**
   * The sequence number to replay after: {@code Last-Event-ID}, else {@code ?after=}; else none.
   */
  static long after(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Last-Event-ID");
    String query = exchange.getRequestURI().getRawQuery();
    String value = header;
    if (value == null && query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("after=")) {
          value = pair.substring("after=".length());
        }
      }
    }
    try {
      return value == null ? -1 : Math.max(-1, Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private final class Client implements Consumer<ChatLog.Sequenced> {
    private final HttpExchange exchange;
    private final BlockingQueue<ChatLog.Sequenced> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean stopped;
    private volatile Thread thread;

    Client(HttpExchange exchange) {
      this.exchange = exchange;
    }

    @Override
    public void accept(ChatLog.Sequenced message) {
      if (!queue.offer(message)) {
        LOG.info("console event stream: a client fell {} messages behind; dropped", QUEUE);
        stop();
      }
    }

    void run() {
      try (OutputStream out = exchange.getResponseBody()) {
        write(out, ": connected\n\n");
        while (!stopped) {
          ChatLog.Sequenced m = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
          write(out, m == null ? ": keep-alive\n\n" : event(m));
        }
      } catch (IOException e) {
        LOG.debug("console event stream: client gone ({})", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        forget();
        exchange.close();
      }
    }

    private void write(OutputStream out, String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    void stop() {
      stopped = true;
      forget();
      Thread t = thread;
      if (t != null) {
        t.interrupt();
      }
    }

    private void forget() {
      log.stopListening(this);
      clients.remove(this);
    }
  }

  private static String event(ChatLog.Sequenced s) {
    ChatMessage m = s.message();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("channel", m.channel());
    json.put("who", m.who());
    json.put("text", m.text());
    json.put("time", m.time().toString());
    json.put(
        "buttons",
        m.buttons().stream().map(b -> Map.of("label", b.label(), "command", b.command())).toList());
    // JSON escapes line breaks, so the event is one data line.
    return "id: "
        + s.seq()
        + "\nevent: message\ndata: "
        + new String(ConsoleResponse.toJson(json), StandardCharsets.UTF_8)
        + "\n\n";
  }
}
