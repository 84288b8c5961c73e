package dev.beacon.integrations.http;

import dev.beacon.core.paging.PageOutcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs one vendor call and turns the network's failures into outcomes, so a pager only maps the
 * vendor's answer.
 */
public final class VendorCall {

  /** Vendors' replies are small; a proxy's error page need not be read whole. */
  private static final long MAX_BODY_BYTES = 64 * 1024;

  /**
   * What a pager needs of a response.
   *
   * @param code the HTTP status
   * @param body up to 64 KiB of the body, decoded as the response says (UTF-8 by default)
   * @param retryAfter the {@code Retry-After} delay, when given
   */
  public record Reply(int code, String body, Optional<Duration> retryAfter) {

    /** The body on one line, at most 300 chars: for a reason shown in the timeline. */
    public String snippet() {
      return Limits.text(body.strip().replaceAll("\\s+", " "), 300);
    }
  }

  private VendorCall() {}

  /**
   * A configured URL as OkHttp's type, checked once at wiring time.
   *
   * @param what names the setting in the message, e.g. {@code PagerDuty baseUrl}
   * @throws IllegalArgumentException if it is not an absolute http(s) URL
   */
  public static HttpUrl url(URI uri, String what) {
    HttpUrl url = uri == null ? null : HttpUrl.parse(uri.toString());
    if (url == null) {
      throw new IllegalArgumentException(what + " must be an absolute http(s) URL, got " + uri);
    }
    return url;
  }

  /**
   * Sends {@code request} and maps the reply with {@code mapper}. A timeout or a network failure
   * becomes {@link PageOutcome.RetryLater}; nothing here throws for the network's sake.
   *
   * @param vendor the vendor's name for reasons, e.g. {@code PagerDuty}
   */
  public static PageOutcome execute(
      OkHttpClient client, Request request, String vendor, Function<Reply, PageOutcome> mapper) {
    Reply reply;
    try (Response response = client.newCall(request).execute()) {
      reply =
          new Reply(
              response.code(), response.peekBody(MAX_BODY_BYTES).string(), RetryAfter.of(response));
    } catch (InterruptedIOException e) {
      // SocketTimeoutException and OkHttp's call timeout both land here.
      return new PageOutcome.RetryLater(
          "timeout talking to " + vendor + ": " + e.getMessage(), Optional.empty());
    } catch (IOException e) {
      return new PageOutcome.RetryLater(
          "network error talking to " + vendor + ": " + e, Optional.empty());
    }
    return mapper.apply(reply);
  }
}
