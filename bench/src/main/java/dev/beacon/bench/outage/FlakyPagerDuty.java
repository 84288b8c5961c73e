package dev.beacon.bench.outage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * PagerDuty's Events API ({@code POST /v2/enqueue}) on loopback having a bad day: from {@code
 * outageStart} to {@code outageEnd} (by {@code clock}, which may be a mutable one) it answers every
 * event with a failure, in a fixed rotation: HTTP 500, 429 with {@code Retry-After}, 503, 429
 * again, 502, and a timeout. A timeout is either no response at all (the client's read timeout ends
 * it) or a 202 whose body trickles at one byte a second (the client's call timeout ends it); they
 * alternate, and at most {@code timeouts} of them are spread evenly over the outage (each costs 10
 * to 15 s of real time), the other timeout slots answering 504 at once. Outside the outage it
 * accepts (202). Every request is recorded with the clock's time, what was asked and how it was
 * answered.
 */
final class FlakyPagerDuty implements AutoCloseable {

  /** How an event was answered. */
  enum Answer {
    /** HTTP 500, 502, 503 or 504 at once. */
    SERVER_ERROR,
    /** HTTP 429 with a {@code Retry-After} in seconds. */
    RATE_LIMITED,
    /** No response: the connection stalls until the client gives up. */
    NO_RESPONSE,
    /** HTTP 202 with a body sent at one byte a second: the client's call timeout ends it. */
    SLOW_BODY,
    /** HTTP 202, at once: the event was accepted. */
    ACCEPTED
  }

  /**
   * One request the mock received.
   *
   * @param dedupKey the event's {@code dedup_key}
   * @param incident the incident the event names ({@code payload.custom_details.incident}), empty
   *     for acknowledge and resolve
   * @param action {@code trigger}, {@code acknowledge} or {@code resolve}
   * @param at when it arrived, by the drill's clock
   * @param answer how it was answered
   * @param code the HTTP status sent (0 when none was)
   * @param retryAfter the {@code Retry-After} sent with a 429
   */
  record Attempt(
      String dedupKey,
      String incident,
      String action,
      Instant at,
      Answer answer,
      int code,
      Optional<Duration> retryAfter) {

    boolean failed() {
      return answer != Answer.ACCEPTED;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int[] SERVER_ERRORS = {500, 503, 502};

  private final MockWebServer server = new MockWebServer();
  private final Clock clock;
  private final Instant outageStart;
  private final Instant outageEnd;
  private final Duration retryAfter;
  private final int timeouts;
  private final List<Attempt> attempts = new ArrayList<>();
  private int failures;
  private int timeoutsGiven;

  private FlakyPagerDuty(
      Clock clock, Instant outageStart, Instant outageEnd, Duration retryAfter, int timeouts) {
    this.clock = clock;
    this.outageStart = outageStart;
    this.outageEnd = outageEnd;
    this.retryAfter = retryAfter;
    this.timeouts = timeouts;
  }

  /** Starts the mock on 127.0.0.1 and a free port. */
  static FlakyPagerDuty start(
      Clock clock, Instant outageStart, Instant outageEnd, Duration retryAfter, int timeouts)
      throws IOException {
    FlakyPagerDuty mock = new FlakyPagerDuty(clock, outageStart, outageEnd, retryAfter, timeouts);
    mock.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return mock.answer(request);
          }
        });
    mock.server.start(InetAddress.getLoopbackAddress(), 0);
    return mock;
  }

  /** The base URL to configure as {@code integrations.pagerduty.baseUrl}. */
  String baseUrl() {
    return server.url("/").toString();
  }

  /** Every request so far, in arrival order. */
  synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  /** The requests so far for {@code dedupKey}, in arrival order. */
  synchronized List<Attempt> attempts(String dedupKey) {
    return attempts.stream().filter(a -> a.dedupKey().equals(dedupKey)).toList();
  }

  private synchronized MockResponse answer(RecordedRequest request) {
    Instant now = clock.instant();
    JsonNode event = read(request);
    String key = event.path("dedup_key").asText();
    String action = event.path("event_action").asText();
    String incident = event.path("payload").path("custom_details").path("incident").asText();
    boolean down = !now.isBefore(outageStart) && now.isBefore(outageEnd);
    if (!down) {
      attempts.add(new Attempt(key, incident, action, now, Answer.ACCEPTED, 202, Optional.empty()));
      return accepted(key).build();
    }
    int turn = failures++ % 6;
    if (turn == 1 || turn == 3) {
      attempts.add(
          new Attempt(
              key, incident, action, now, Answer.RATE_LIMITED, 429, Optional.of(retryAfter)));
      return new MockResponse.Builder()
          .code(429)
          .addHeader("Content-Type", "application/json")
          .addHeader("Retry-After", Long.toString(retryAfter.toSeconds()))
          .body(
              "{\"status\":\"throttle event\",\"message\":\"Requests for this service are arriving too quickly.\"}")
          .build();
    }
    if (turn == 5 && timeoutDue(now)) {
      timeoutsGiven++;
      if (timeoutsGiven % 2 == 1) {
        attempts.add(
            new Attempt(key, incident, action, now, Answer.NO_RESPONSE, 0, Optional.empty()));
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
      }
      attempts.add(
          new Attempt(key, incident, action, now, Answer.SLOW_BODY, 202, Optional.empty()));
      return accepted(key).throttleBody(1, 1, TimeUnit.SECONDS).build();
    }
    int code = turn == 5 ? 504 : SERVER_ERRORS[turn / 2];
    attempts.add(
        new Attempt(key, incident, action, now, Answer.SERVER_ERROR, code, Optional.empty()));
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "text/html")
        .body("<html><body><h1>" + code + "</h1>PagerDuty is having trouble.</body></html>")
        .build();
  }

  /** Timeouts are spread evenly: the i-th may come once {@code (i + 1/2) / timeouts} has passed. */
  private boolean timeoutDue(Instant now) {
    if (timeoutsGiven >= timeouts) {
      return false;
    }
    Duration outage = Duration.between(outageStart, outageEnd);
    Instant slot =
        outageStart.plus(outage.multipliedBy(2L * timeoutsGiven + 1).dividedBy(2L * timeouts));
    return !now.isBefore(slot);
  }

  private static MockResponse.Builder accepted(String key) {
    String body =
        "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"" + key + "\"}";
    return new MockResponse.Builder()
        .code(202)
        .addHeader("Content-Type", "application/json")
        .body(body + " ".repeat(200));
  }

  private static JsonNode read(RecordedRequest request) {
    try {
      return JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
