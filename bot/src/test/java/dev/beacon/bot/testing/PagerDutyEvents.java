package dev.beacon.bot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * PagerDuty's Events API v2 as a MockWebServer dispatcher: records each event's JSON and answers
 * 202 as PagerDuty does (400 for a body that is not JSON).
 */
public final class PagerDutyEvents extends Dispatcher {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      events.add(JSON.readTree(request.getBody().utf8()));
    } catch (IOException e) {
      return new MockResponse.Builder().code(400).build();
    }
    return new MockResponse.Builder()
        .code(202)
        .body("{\"status\":\"success\",\"message\":\"Event processed\"}")
        .build();
  }

  /** The events received so far, oldest first. */
  public List<JsonNode> events() {
    return List.copyOf(events);
  }
}
