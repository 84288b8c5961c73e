package dev.beacon.bench.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * PagerDuty's Events API v2 played by MockWebServer on loopback ({@code TCP_NODELAY} on its
 * connections: see {@link NoDelayServerSockets}): answers every event 202 as PagerDuty does, and
 * notes when each {@code trigger} for alert {@code #n} arrived (the instant the whole request had
 * been read), by the number in its {@code custom_details.title}.
 */
final class PagerDutyMock implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
  private final AtomicInteger triggers = new AtomicInteger();
  private final AtomicInteger others = new AtomicInteger();
  private final AtomicLong lastArrival = new AtomicLong();

  private PagerDutyMock() {}

  /** A mock listening on a free loopback port. */
  static PagerDutyMock start() {
    PagerDutyMock mock = new PagerDutyMock();
    mock.server.setServerSocketFactory(new NoDelayServerSockets());
    mock.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return mock.receive(request, System.nanoTime());
          }
        });
    try {
      mock.server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return mock;
  }

  private MockResponse receive(RecordedRequest request, long at) {
    JsonNode event;
    try {
      event = JSON.readTree(request.getBody().utf8());
    } catch (IOException | RuntimeException e) {
      return new MockResponse.Builder().code(400).body("{\"status\":\"invalid event\"}").build();
    }
    String dedupKey = event.path("dedup_key").asText("");
    if (event.path("event_action").asText().equals("trigger")) {
      triggers.incrementAndGet();
      lastArrival.accumulateAndGet(at, Math::max);
      OptionalInt n =
          AlertPayloads.numberIn(
              event.path("payload").path("custom_details").path("title").asText());
      n.ifPresent(i -> arrivals.putIfAbsent(i, at));
    } else {
      others.incrementAndGet();
    }
    return new MockResponse.Builder()
        .code(202)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\""
                + dedupKey
                + "\"}")
        .build();
  }

  /** The Events API's base URL, for {@code integrations.pagerduty.baseUrl}. */
  String baseUrl() {
    String url = server.url("/").toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The enqueue endpoint, {@code POST <base>/v2/enqueue}. */
  String enqueueUrl() {
    return baseUrl() + "/v2/enqueue";
  }

  /** When the first trigger for alert {@code n} arrived (nanoTime), or null. */
  Long arrivalOf(int n) {
    return arrivals.get(n);
  }

  /** How many alerts' triggers arrived (distinct alert numbers). */
  int alertsPaged() {
    return arrivals.size();
  }

  /** Every trigger event received, repeats included. */
  int triggers() {
    return triggers.get();
  }

  /** Events other than triggers (acknowledge, resolve). */
  int otherEvents() {
    return others.get();
  }

  /** The latest trigger's arrival (nanoTime), 0 before any. */
  long lastArrival() {
    return lastArrival.get();
  }

  /**
   * Waits until {@code expected} alerts have been paged, or no new page came for {@code quiet}, or
   * {@code bound} has passed since the call; returns how many arrived.
   */
  int awaitPages(int expected, Duration quiet, Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    int seen = alertsPaged();
    long lastChange = System.nanoTime();
    while (seen < expected && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      int now = alertsPaged();
      if (now != seen) {
        seen = now;
        lastChange = System.nanoTime();
      } else if (System.nanoTime() - lastChange > quiet.toNanos()) {
        break;
      }
    }
    return alertsPaged();
  }

  @Override
  public void close() {
    server.close();
  }
}
