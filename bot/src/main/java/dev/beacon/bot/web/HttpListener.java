package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Beacon's HTTP listener, on the JDK's built-in server (no extra dependency, maintained with the
 * JDK): a small, bounded pool of request threads and the routes it is given.
 */
public final class HttpListener implements AutoCloseable {

  /** How long {@link #close} lets requests in progress finish. */
  private static final Duration GRACE = Duration.ofSeconds(1);

  private final HttpServer server;
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final ExecutorService threads;
  private final AtomicInteger inFlight;

  private HttpListener(HttpServer server, ExecutorService threads, AtomicInteger inFlight) {
    this.server = server;
    this.threads = threads;
    this.inFlight = inFlight;
  }

  /**
   * Binds {@code host:port} (port 0: any free port) and serves {@code routes} (path prefix to
   * handler).
   */
  public static HttpListener start(String host, int port, Map<String, HttpHandler> routes) {
    // The JDK server leaves Nagle's algorithm on, which holds small answers back ~40 ms on
    // loopback and in data centres; the setting is read once, when its configuration loads.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
      AtomicInteger inFlight = new AtomicInteger();
      routes.forEach((path, handler) -> server.createContext(path, counting(handler, inFlight)));
      ExecutorService threads =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, "beacon-http");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(threads);
      server.start();
      return new HttpListener(server, threads, inFlight);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); is the port in use?",
          e);
    }
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  private static HttpHandler counting(HttpHandler handler, AtomicInteger inFlight) {
    return exchange -> {
      inFlight.incrementAndGet();
      try {
        handler.handle(exchange);
      } finally {
        inFlight.decrementAndGet();
      }
    };
  }

  /**
   * Stops listening, letting requests in progress finish for up to a second. (The JDK 17 server's
   * own {@code stop(1)} always waits the whole second, even when idle.)
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + GRACE.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    server.stop(0);
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
