package dev.beacon.bench.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends webhook bodies open-loop: request {@code i} is due at {@code start + i / rate} and goes
 * then whatever became of the earlier ones (asynchronously, on the JDK's HTTP client, a new
 * connection whenever all open ones are busy), so a slow receiver makes requests wait in its queue
 * rather than slowing the sender down. Latencies count from the instant a request was due, so time
 * spent waiting in any queue is counted.
 */
final class OpenLoopSender {

  /** How long one request may take before it counts as failed. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * Posts {@code bodies} to {@code uri} with a bearer {@code token}, {@code perSecond} a second,
   * and waits for every answer (at most {@link #TIMEOUT} after the last was sent).
   */
  SendResults send(URI uri, String token, List<String> bodies, double perSecond) {
    int n = bodies.size();
    SendResults results = new SendResults(n);
    CompletableFuture<?>[] answers = new CompletableFuture<?>[n];
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
    double interval = 1e9 / perSecond;
    for (int i = 0; i < n; i++) {
      long due = start + Math.round(i * interval);
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(TIMEOUT)
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
              .build();
      int index = i;
      results.sent(index, due, System.nanoTime());
      answers[i] =
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    long at = System.nanoTime();
                    if (failure != null) {
                      results.failed(index, at, failure);
                    } else {
                      results.answered(index, at, response.statusCode(), response.body());
                    }
                  });
    }
    try {
      CompletableFuture.allOf(answers)
          .handle((v, e) -> null)
          .get(TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Counted per request: those without an answer stay unanswered.
    }
    return results;
  }
}
