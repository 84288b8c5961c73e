package dev.beacon.integrations.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Builds Beacon's one shared {@link OkHttpClient}. The deployable calls {@link #shared()} once and
 * hands the client to every integration; an integration that needs different settings derives a
 * variant with {@code client.newBuilder()}, which shares the connection pool and dispatcher.
 */
public final class HttpClients {

  /** How long to wait for a TCP (and TLS) connection. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** How long to wait between bytes read (and written). */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The whole call, from DNS to the last byte of the response: a page must fail fast so the next
   * contact method can be tried.
   */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

  private HttpClients() {}

  /** A new client with Beacon's timeouts. Build it once per process. */
  public static OkHttpClient shared() {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(READ_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .build();
  }
}
