package dev.beacon.bot.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Beacon's HTTP listener, on the JDK's built-in server (no extra dependency, maintained with the
 * JDK): a small, bounded pool of request threads and the routes it is given.
 */
public final class HttpListener implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;

  private HttpListener(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Binds {@code host:port} (port 0: any free port) and serves {@code routes} (path prefix to
   * handler).
   */
  public static HttpListener start(String host, int port, Map<String, HttpHandler> routes) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
      routes.forEach(server::createContext);
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
      return new HttpListener(server, threads);
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

  @Override
  public void close() {
    server.stop(1);
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
