package dev.beacon.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void splitsWordsAndQuotedOptionsTheWayDiscordUsersTypeThem() {
    CommandLine line =
        CommandLine.parse(
            "/incident declare title:\"Payments API 5xx\" severity:SEV2 service:payments-api");

    assertThat(line.words()).containsExactly("incident", "declare");
    assertThat(line.named())
        .containsOnly(
            Map.entry("title", "Payments API 5xx"),
            Map.entry("severity", "SEV2"),
            Map.entry("service", "payments-api"));
  }

  @Test
  void keepsPositionalValuesAfterTheCommandName() {
    assertThat(CommandLine.parse("/incident ack INC-1").words())
        .containsExactly("incident", "ack", "INC-1");
  }

  @Test
  void unescapesQuotesAndKeepsUnicodeAndColonsInsideValues() {
    CommandLine line =
        CommandLine.parse("/incident note INC-1 text:\"say \\\"hi\\\" at 10:30 — ✅\"");

    assertThat(line.named()).containsEntry("text", "say \"hi\" at 10:30 — ✅");
    assertThat(line.words()).isEqualTo(List.of("incident", "note", "INC-1"));
  }

  @Test
  void acceptsTypographicQuotesPastedFromDocuments() {
    assertThat(CommandLine.parse("/incident note INC-1 text:“two words”").named())
        .containsEntry("text", "two words");
  }

  @Test
  void refusesAnUnclosedQuoteSayingWhere() {
    assertThatThrownBy(() -> CommandLine.parse("/incident declare title:\"Payments down"))
        .isInstanceOf(CommandException.class)
        .hasMessageContaining("never closed")
        .hasMessageContaining("title:\"Payments down");
  }

  @Test
  void refusesAnOptionGivenTwice() {
    assertThatThrownBy(() -> CommandLine.parse("/incident ack incident:INC-1 incident:INC-2"))
        .hasMessageContaining("incident: is given twice");
  }

  @Test
  void refusesTextWithoutALeadingSlash() {
    assertThatThrownBy(() -> CommandLine.parse("incident ack INC-1"))
        .hasMessageContaining("start with a slash");
  }

  @Test
  void refusesAnOverlongLine() {
    assertThatThrownBy(() -> CommandLine.parse("/help " + "x".repeat(CommandLine.MAX_LENGTH)))
        .hasMessageContaining("keep it under 8000");
  }

  @Test
  void keepsBackslashesThatEscapeNothingSoPathsAndRegexesSurvive() {
    CommandLine line = CommandLine.parse("/incident note INC-1 text:\"C:\\temp\\new \\d+\\n\"");

    assertThat(line.named()).containsEntry("text", "C:\\temp\\new \\d+\\n");
  }

  @Test
  void optionNamesAreCaseInsensitive() {
    assertThat(CommandLine.parse("/incident declare Service:payments-api").named())
        .containsEntry("service", "payments-api");
  }
}
