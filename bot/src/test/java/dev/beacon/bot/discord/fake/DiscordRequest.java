package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;

/**
 * One REST request the fake Discord received.
 *
 * @param method {@code GET}, {@code POST}, ...
 * @param path without the query, e.g. {@code /api/v10/interactions/1/tok/callback}
 * @param query the raw query or empty
 * @param body the body as text, empty when none
 * @param at when it arrived (to check, for instance, that a retry waited for a rate limit's reset)
 */
public record DiscordRequest(String method, String path, String query, String body, Instant at) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The body parsed as JSON; a missing node when there is none. */
  public JsonNode json() {
    if (body.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new AssertionError(method + " " + path + " sent a body that is not JSON: " + body, e);
    }
  }

  /** Whether this is {@code method} on a path matching the regular expression {@code pathRegex}. */
  public boolean is(String method, String pathRegex) {
    return this.method.equals(method) && path.matches(pathRegex);
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + body;
  }
}
