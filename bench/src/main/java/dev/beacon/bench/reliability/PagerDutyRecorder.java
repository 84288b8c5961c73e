package dev.beacon.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;

/**
 * PagerDuty's Events API played by MockWebServer in the harness's process: it records every
 * request's action, {@code dedup_key}, incident and page identity, and answers 202, or 503 for a
 * chosen share of requests so that Beacon's retries are part of the drill.
 */
final class PagerDutyRecorder implements AutoCloseable {

  /**
   * One request as received.
   *
   * @param action {@code trigger}, {@code acknowledge} or {@code resolve}
   * @param dedupKey the {@code dedup_key}
   * @param incident {@code custom_details.incident} (triggers only), e.g. {@code INC-4}
   * @param page what identifies one page across re-sends: its timestamp, target and summary
   * @param answered the status the mock answered
   */
  record Event(String action, String dedupKey, String incident, String page, int answered) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final List<Event> events = new ArrayList<>();
  private final Random random;
  private final double unavailableShare;
  private int unreadable;

  /** A mock answering 503 to about {@code unavailableShare} of requests, chosen by {@code seed}. */
  PagerDutyRecorder(long seed, double unavailableShare) {
    this.random = new Random(seed);
    this.unavailableShare = unavailableShare;
  }

  PagerDutyRecorder start() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return record(request);
          }
        });
    server.start();
    return this;
  }

  /** The base URL for Beacon's {@code integrations.pagerduty.baseUrl}. */
  String url() {
    return server.url("/").toString();
  }

  private synchronized MockResponse record(RecordedRequest request) {
    ByteString body = request.getBody();
    JsonNode event;
    try {
      event = JSON.readTree(body == null ? "" : body.utf8());
    } catch (IOException e) {
      unreadable++;
      return new MockResponse.Builder().code(400).body("{\"status\":\"invalid event\"}").build();
    }
    boolean unavailable = random.nextDouble() < unavailableShare;
    JsonNode payload = event.path("payload");
    events.add(
        new Event(
            event.path("event_action").asText(),
            event.path("dedup_key").asText(),
            payload.path("custom_details").path("incident").asText(""),
            payload.path("timestamp").asText()
                + " "
                + payload.path("custom_details").path("target").asText()
                + " "
                + payload.path("summary").asText(),
            unavailable ? 503 : 202));
    if (unavailable) {
      return new MockResponse.Builder().code(503).body("{\"status\":\"unavailable\"}").build();
    }
    return new MockResponse.Builder()
        .code(202)
        .body(
            "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":"
                + JSON.valueToTree(event.path("dedup_key").asText())
                + "}")
        .build();
  }

  /** Every request so far, in arrival order. */
  synchronized List<Event> events() {
    return List.copyOf(events);
  }

  /** Requests whose body was not JSON. */
  synchronized int unreadable() {
    return unreadable;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
