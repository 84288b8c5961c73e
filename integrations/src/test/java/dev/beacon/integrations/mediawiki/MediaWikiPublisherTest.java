package dev.beacon.integrations.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Publishing to a MediaWiki played by MockWebServer, following the API's documented bot-password
 * flow: login token, login (setting the session cookie), CSRF token, edit.
 */
@DisplayName("Publishing a review to MediaWiki")
class MediaWikiPublisherTest {

  private final MockWebServer wiki = new MockWebServer();
  private final List<Map<String, String>> calls = new ArrayList<>();
  private String password = "bot@s3cret";

  @BeforeEach
  void start() throws IOException {
    wiki.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            Map<String, String> p =
                params(
                    r.getMethod().equals("GET") ? r.getUrl().encodedQuery() : r.getBody().utf8());
            p.put("cookie", String.valueOf(r.getHeaders().get("Cookie")));
            synchronized (calls) {
              calls.add(p);
            }
            return switch (p.getOrDefault("action", "") + "/" + p.getOrDefault("type", "")) {
              case "query/login" -> json("{\"query\":{\"tokens\":{\"logintoken\":\"LT+\\\\\"}}}");
              case "login/" ->
                  p.get("lgpassword").equals(password)
                      ? new MockResponse.Builder()
                          .addHeader("Set-Cookie", "wikisession=abc; Path=/")
                          .addHeader("Content-Type", "application/json")
                          .body("{\"login\":{\"result\":\"Success\",\"lgusername\":\"Beacon\"}}")
                          .build()
                      : json(
                          "{\"login\":{\"result\":\"Failed\",\"reason\":\"Incorrect username or"
                              + " password entered.\"}}");
              case "query/" -> json("{\"query\":{\"tokens\":{\"csrftoken\":\"CT+\\\\\"}}}");
              case "edit/" ->
                  json("{\"edit\":{\"result\":\"Success\",\"title\":\"x\",\"newrevid\":4242}}");
              default -> json("{\"error\":{\"info\":\"unknown\"}}");
            };
          }
        });
    wiki.start();
  }

  @AfterEach
  void stop() {
    wiki.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static Map<String, String> params(String form) {
    Map<String, String> m = new LinkedHashMap<>();
    if (form == null) {
      return m;
    }
    for (String kv : form.split("&")) {
      String[] p = kv.split("=", 2);
      m.put(
          URLDecoder.decode(p[0], StandardCharsets.UTF_8),
          p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
    }
    return m;
  }

  @Test
  @DisplayName(
      "logs in with the bot password, then edits the page with the CSRF token, in a session")
  void publishes() throws Exception {
    long revision =
        new MediaWikiPublisher(wiki.url("/w/api.php").uri(), "Beacon@reviews", "bot@s3cret")
            .publish("Incidents/INC-4", "= INC-4 =\nThe review.", "Beacon: review of INC-4");

    assertThat(revision).isEqualTo(4242);
    assertThat(calls)
        .extracting(c -> c.get("action"))
        .containsExactly("query", "login", "query", "edit");
    assertThat(calls.get(1))
        .containsEntry("lgname", "Beacon@reviews")
        .containsEntry("lgtoken", "LT+\\");
    Map<String, String> edit = calls.get(3);
    assertThat(edit)
        .containsEntry("title", "Incidents/INC-4")
        .containsEntry("text", "= INC-4 =\nThe review.")
        .containsEntry("token", "CT+\\")
        .containsEntry("format", "json");
    assertThat(edit.get("cookie")).as("the login's session").contains("wikisession=abc");
  }

  @Test
  @DisplayName("a wrong bot password is refused with the wiki's reason and a hint")
  void wrongPassword() {
    password = "other";

    assertThatThrownBy(
            () ->
                new MediaWikiPublisher(wiki.url("/w/api.php").uri(), "Beacon@reviews", "bot@s3cret")
                    .publish("Incidents/INC-4", "x", "y"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Incorrect username or password entered.")
        .hasMessageContaining("Special:BotPasswords");
    assertThat(calls).extracting(c -> c.get("action")).doesNotContain("edit");
  }

  @Test
  @DisplayName("the Markdown export becomes wiki markup: headings, tables, task lists, safe text")
  void wikiText() {
    String wiki =
        WikiText.fromMarkdown(
            "# INC-4 Payments \\| API\n\n| Field | Value |\n|---|---|\n| Severity | SEV1 |\n\n"
                + "### Follow-up actions\n\n- [ ] add canary (owner wei)\n"
                + "line with [[link]] and <b>tag</b>");

    assertThat(wiki)
        .contains("= <nowiki>INC-4 Payments | API</nowiki> =")
        .contains("{| class=\"wikitable\"\n|-\n! Field !! Value\n|-\n| Severity || SEV1\n|}")
        .contains("=== Follow-up actions ===")
        .contains("* ☐ add canary (owner wei)")
        .contains("<nowiki>line with [[link]] and &lt;b&gt;tag&lt;/b&gt;</nowiki>");
  }
}
