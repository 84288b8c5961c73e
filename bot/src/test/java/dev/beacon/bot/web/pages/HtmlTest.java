package dev.beacon.bot.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HTML escaping on the review pages")
class HtmlTest {

  @Test
  @DisplayName("a script tag, quotes and ampersands come out as text, never as markup")
  void escapesHostileText() {
    assertThat(Html.escape("<script>alert(1)</script> & \"x\" 'y'"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;");
  }

  @Test
  @DisplayName("text cannot break out of a quoted attribute")
  void attributeBreakout() {
    String escaped = Html.escape("\" onmouseover=\"alert(1)");
    assertThat(escaped).doesNotContain("\"").startsWith("&quot;");
  }

  @Test
  @DisplayName("an existing entity is escaped again, so it shows as typed")
  void entitiesShownAsTyped() {
    assertThat(Html.escape("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
  }

  @Test
  @DisplayName("null is empty; plain text is unchanged")
  void plain() {
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.escape("Payments API 5xx – Warsaw")).isEqualTo("Payments API 5xx – Warsaw");
  }

  @Test
  @DisplayName("only http(s) addresses become links; a javascript: address stays text")
  void links() {
    assertThat(Html.link("https://wiki.example.com/a?b=1&c=\"2\"", "runbook"))
        .isEqualTo("<a href=\"https://wiki.example.com/a?b=1&amp;c=&quot;2&quot;\">runbook</a>");
    assertThat(Html.link("javascript:alert(1)", "<runbook>")).isEqualTo("&lt;runbook&gt;");
  }
}
