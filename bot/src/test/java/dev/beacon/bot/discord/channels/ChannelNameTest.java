package dev.beacon.bot.discord.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.IncidentId;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ChannelName")
class ChannelNameTest {

  private static final IncidentId INC_42 = new IncidentId(42);
  private static final IncidentId HUGE = new IncidentId(999_999_999_999_999_999L);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Payments API 5xx            | inc-42-payments-api-5xx",
        "Zahlungen fällig            | inc-42-zahlungen-fallig",
        "Łódź                        | inc-42-lodz",
        "Øresund Ærø                 | inc-42-oresund-aero",
        "Straße gesperrt             | inc-42-strasse-gesperrt",
        "Đakovo đak                  | inc-42-dakovo-dak",
        "Crème brûlée façade naïve   | inc-42-creme-brulee-facade-naive",
        "Ｆｕｌｌ－ｗｉｄｔｈ ＡＰＩ        | inc-42-full-width-api",
        "DB ﬁle handles               | inc-42-db-file-handles",
        "İstanbul DC                 | inc-42-istanbul-dc",
        "'Checkout' is down!!!       | inc-42-checkout-is-down",
        "...payments...              | inc-42-payments",
        "--- API --- 5xx ---         | inc-42-api-5xx",
        "Payments🔥API               | inc-42-payments-api",
        "Don't page me               | inc-42-dont-page-me",
        "Kafka lag 3000ms on 2 of 3 brokers | inc-42-kafka-lag-3000ms-on-2-of-3-brokers",
        "v2.3.1 rollout / 50% errors | inc-42-v2-3-1-rollout-50-errors",
        "Spaß mit Œuvres             | inc-42-spass-mit-oeuvres"
      })
  void foldsTheTitleIntoALowercaseAsciiSlug(String title, String expected) {
    assertThat(ChannelName.of(INC_42, title)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "🔥🔥🔥",
        "👨‍👩‍👧 ❤️ 🇵🇱",
        "支付接口故障",
        "決済の障害",
        "결제 장애",
        "Платежи",
        "!!! --- ???",
        "   ",
        ""
      })
  void aTitleWithNothingToFoldGivesTheBareNumber(String title) {
    assertThat(ChannelName.of(INC_42, title)).isEqualTo("inc-42");
  }

  @Test
  void aMissingTitleGivesTheBareNumber() {
    assertThat(ChannelName.of(INC_42, null)).isEqualTo("inc-42");
  }

  @Test
  void keepsTheAsciiPartOfAMixedScriptTitle() {
    assertThat(ChannelName.of(INC_42, "决済 API 障害 5xx")).isEqualTo("inc-42-api-5xx");
  }

  @Test
  void aLongTitleIsCutBetweenWordsToAHundredCharacters() {
    String title = "payments api returns 5xx for every request ".repeat(8); // ~350 characters

    String name = ChannelName.of(INC_42, title);

    assertThat(name).hasSizeLessThanOrEqualTo(100).startsWith("inc-42-payments-api-returns-5xx");
    assertThat(name).doesNotEndWith("-");
    assertThat(title.replace(' ', '-')).contains(name.substring("inc-42-".length()) + "-");
    assertThat(name.length()).isGreaterThan(90);
  }

  @Test
  void aTitleOfOneLongWordIsCutInsideIt() {
    String name = ChannelName.of(INC_42, "db " + "x".repeat(300));

    assertThat(name).hasSize(100).isEqualTo("inc-42-db-" + "x".repeat(90));
  }

  @Test
  void neverEndsOnADashWhereTheCutFallsBetweenWords() {
    for (int pad = 0; pad < 20; pad++) {
      String name = ChannelName.of(INC_42, "a".repeat(80 + pad) + " " + "b".repeat(30));
      assertThat(name).hasSizeLessThanOrEqualTo(100).doesNotEndWith("-");
    }
  }

  @Test
  void hugeIncidentNumbersStillFitAHundredCharacters() {
    String name = ChannelName.of(HUGE, "word ".repeat(60));

    assertThat(name).hasSizeLessThanOrEqualTo(100).startsWith("inc-999999999999999999-word");
    assertThat(ChannelName.of(new IncidentId(Long.MAX_VALUE), "é".repeat(300)))
        .hasSizeLessThanOrEqualTo(100)
        .startsWith("inc-9223372036854775807-eee");
  }

  @Test
  void everyNameIsDiscordLegalAndLeadsBackToItsIncident() {
    Random random = new Random(7L);
    for (int n = 0; n < 500; n++) {
      IncidentId id =
          new IncidentId(
              1 + (random.nextLong() & Long.MAX_VALUE) % (n % 2 == 0 ? 1000 : Long.MAX_VALUE));
      StringBuilder title = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 400 : 40);
      for (int i = 0; i < length; i++) {
        title.appendCodePoint(
            random.nextBoolean() ? 0x20 + random.nextInt(0x60) : random.nextInt(0x1FAFF));
      }

      String name = ChannelName.of(id, title.toString());

      assertThat(name)
          .hasSizeLessThanOrEqualTo(100)
          .matches("inc-[1-9][0-9]*(-[a-z0-9]+)*")
          .doesNotEndWith("-");
      assertThat(ChannelName.incidentOf(name)).contains(id);
    }
  }

  @Test
  void readsTheIncidentBackFromItsChannel() {
    assertThat(ChannelName.incidentOf("inc-42-payments-api-5xx")).contains(INC_42);
    assertThat(ChannelName.incidentOf("inc-42")).contains(INC_42);
    assertThat(ChannelName.incidentOf(ChannelName.of(HUGE, "db down"))).contains(HUGE);
    assertThat(ChannelName.incidentOf("inc-42-renamed-by-a-human")).contains(INC_42);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "general",
        "inc",
        "inc-",
        "inc--42",
        "inc-42-",
        "inc-042-payments",
        "inc-0",
        "inc-42x",
        "inc-42_payments",
        "INC-42",
        "Inc-42-payments",
        "incident-42",
        "inc-٤٢",
        "inc-４２",
        "inc-99999999999999999999",
        "inc-9223372036854775808-overflow",
        "xinc-42",
        " inc-42"
      })
  void findsNoIncidentInAnyOtherChannelName(String channelName) {
    assertThat(ChannelName.incidentOf(channelName)).isEmpty();
    assertThat(ChannelName.incidentOf(null)).isEmpty();
    assertThat(ChannelName.incidentOf("inc-42-" + "x".repeat(100))).isEmpty();
  }
}
