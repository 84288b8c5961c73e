package dev.beacon.integrations.mediawiki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Publishes a page to a MediaWiki through {@code api.php}, as a bot password
 * (Special:BotPasswords): a login token, the login, a CSRF token, then the edit, in one cookie
 * session. Each step's failure says what the wiki answered.
 */
public final class MediaWikiPublisher {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final URI api;
  private final String user;
  private final String password;

  /** Publishes to the wiki whose API is {@code api}, as {@code user} with {@code password}. */
  public MediaWikiPublisher(URI api, String user, String password) {
    this.api = api;
    this.user = user;
    this.password = password;
  }

  /**
   * Creates or replaces page {@code title} with {@code wikitext}.
   *
   * @return the new revision id
   * @throws IOException when the wiki cannot be reached or refuses; the message says which step
   */
  public long publish(String title, String wikitext, String summary) throws IOException {
    HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT).build();
    String loginToken =
        get(client, Map.of("action", "query", "meta", "tokens", "type", "login"))
            .path("query")
            .path("tokens")
            .path("logintoken")
            .asText("");
    if (loginToken.isEmpty()) {
      throw new IOException("the wiki at " + api + " gave no login token; is that its api.php?");
    }
    JsonNode login =
        post(
            client,
            ordered(
                "action", "login", "lgname", user, "lgpassword", password, "lgtoken", loginToken));
    if (!login.path("login").path("result").asText().equals("Success")) {
      throw new IOException(
          "the wiki refused the login of "
              + user
              + ": "
              + login
                  .path("login")
                  .path("reason")
                  .asText(login.path("login").path("result").asText())
              + " (use a bot password from Special:BotPasswords)");
    }
    String csrf =
        get(client, Map.of("action", "query", "meta", "tokens"))
            .path("query")
            .path("tokens")
            .path("csrftoken")
            .asText("");
    JsonNode edit =
        post(
            client,
            ordered(
                "action", "edit", "title", title, "text", wikitext, "summary", summary, "bot", "1",
                "token", csrf));
    if (!edit.path("edit").path("result").asText().equals("Success")) {
      throw new IOException(
          "the wiki refused the edit of "
              + title
              + ": "
              + edit.path("error").path("info").asText(edit.toString()));
    }
    return edit.path("edit").path("newrevid").asLong();
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private JsonNode get(HttpClient client, Map<String, String> params) throws IOException {
    return send(
        client,
        HttpRequest.newBuilder(URI.create(api + "?" + form(params) + "&format=json"))
            .timeout(TIMEOUT)
            .GET()
            .build());
  }

  private JsonNode post(HttpClient client, Map<String, String> params) throws IOException {
    return send(
        client,
        HttpRequest.newBuilder(api)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(params) + "&format=json"))
            .build());
  }

  private JsonNode send(HttpClient client, HttpRequest request) throws IOException {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException("the wiki at " + api + " answered HTTP " + r.statusCode());
      }
      return JSON.readTree(r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while talking to the wiki", e);
    }
  }

  private static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
