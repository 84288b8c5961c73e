package dev.beacon.bot.discord.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.beacon.bot.discord.ids.InvalidComponentId.Reason;
import dev.beacon.core.incident.IncidentId;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ComponentId")
class ComponentIdTest {

  private static final IncidentId INC_42 = new IncidentId(42);

  @ParameterizedTest
  @EnumSource(ComponentAction.class)
  void everyActionSurvivesTheTripThroughDiscord(ComponentAction action) {
    ComponentId id = ComponentId.of(action, INC_42);

    assertThat(ComponentId.parse(id.encode())).isEqualTo(id);
    assertThat(ComponentId.fromCommandLine(id.commandLine())).contains(id);
  }

  @Test
  void encodesAsVersionActionCodeAndIncident() {
    assertThat(ComponentId.of(ComponentAction.ACKNOWLEDGE, INC_42).encode())
        .isEqualTo("b1:ack:INC-42");
    assertThat(ComponentId.of(ComponentAction.ESCALATE, INC_42).encode())
        .isEqualTo("b1:esc:INC-42");
    assertThat(ComponentId.of(ComponentAction.RESOLVE, INC_42).encode()).isEqualTo("b1:res:INC-42");
    assertThat(ComponentId.of(ComponentAction.JOIN, INC_42).encode()).isEqualTo("b1:join:INC-42");
  }

  @Test
  void eachButtonStandsForTheCommandAPersonWouldType() {
    assertThat(ComponentId.of(ComponentAction.ACKNOWLEDGE, INC_42).commandLine())
        .isEqualTo("/incident ack INC-42");
    assertThat(ComponentId.of(ComponentAction.ESCALATE, INC_42).commandLine())
        .isEqualTo("/incident escalate INC-42");
    assertThat(ComponentId.of(ComponentAction.RESOLVE, INC_42).commandLine())
        .isEqualTo("/incident resolve INC-42");
    assertThat(ComponentId.of(ComponentAction.JOIN, INC_42).commandLine())
        .isEqualTo("/incident join INC-42");
  }

  @Test
  void theLargestIncidentNumberStillFitsDiscordsHundredCharacters() {
    ComponentId id = ComponentId.of(ComponentAction.ESCALATE, new IncidentId(Long.MAX_VALUE));

    assertThat(id.encode()).hasSizeLessThanOrEqualTo(ComponentId.MAX_LENGTH);
    assertThat(ComponentId.parse(id.encode())).isEqualTo(id);
  }

  @Test
  void onlyTheCurrentVersionCanBeBuilt() {
    assertThatThrownBy(() -> new ComponentId(2, ComponentAction.ACKNOWLEDGE, INC_42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 1");
  }

  @Test
  void turnsTheIncidentCardsButtonCommandsIntoIds() {
    assertThat(ComponentId.fromCommandLine("/incident ack INC-7"))
        .contains(ComponentId.of(ComponentAction.ACKNOWLEDGE, new IncidentId(7)));
    assertThat(ComponentId.fromCommandLine("/incident resolve INC-7"))
        .contains(ComponentId.of(ComponentAction.RESOLVE, new IncidentId(7)));
    assertThat(ComponentId.fromCommandLine("/incident escalate INC-7"))
        .contains(ComponentId.of(ComponentAction.ESCALATE, new IncidentId(7)));
    assertThat(ComponentId.fromCommandLine("/incident join INC-7"))
        .contains(ComponentId.of(ComponentAction.JOIN, new IncidentId(7)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/incident",
        "/incident ack",
        "/incident ack ",
        "/incident declare INC-42",
        "/incident timeline INC-42",
        "/incident ack INC-42 now",
        "/incident ack INC-42 ",
        " /incident ack INC-42",
        "/incident  ack INC-42",
        "/incident ACK INC-42",
        "/incident ack inc-42",
        "/incident ack 42",
        "/incident ack INC-042",
        "/incident ack INC-0",
        "/incident ack INC-４２",
        "/incident esc INC-42",
        "/incident show INC-42",
        "/oncall ack INC-42"
      })
  void recognisesNoOtherCommandLine(String line) {
    assertThat(ComponentId.fromCommandLine(line)).isEmpty();
    assertThat(ComponentId.fromCommandLine(null)).isEmpty();
  }

  @Test
  void refusesAMissingId() {
    for (String missing : new String[] {null, "", "   "}) {
      assertRefused(missing, Reason.MISSING, "carries no Beacon reference; type the command");
    }
  }

  @Test
  void refusesAnIdLongerThanDiscordAllowsEvenIfItStartsWell() {
    assertRefused("b1:ack:INC-42" + "9".repeat(100), Reason.TOO_LONG, "longer than Discord allows");
    assertRefused("x".repeat(10_000), Reason.TOO_LONG, "longer than Discord allows");
  }

  @Test
  void anOlderButtonSaysWhichCommandToTypeInstead() {
    assertRefused(
        "b0:ack:INC-42",
        Reason.OLDER_VERSION,
        "This button is from an older Beacon; run /incident ack INC-42 instead.");
  }

  @Test
  void anOlderButtonInAnUnreadableFormatStillSaysWhatToDo() {
    assertRefused(
        "b0:acknowledge:42",
        Reason.OLDER_VERSION,
        "This button is from an older Beacon; type the command instead");
  }

  @Test
  void aNewerButtonIsRefusedRatherThanGuessed() {
    assertRefused(
        "b2:res:INC-42",
        Reason.NEWER_VERSION,
        "This button is from a newer Beacon than the one answering; run /incident resolve INC-42"
            + " instead.");
    assertRefused("b999999999:res:INC-42", Reason.NEWER_VERSION, "newer Beacon");
  }

  @Test
  void refusesAnUnknownActionNamingIt() {
    assertRefused("b1:page:INC-42", Reason.UNKNOWN_ACTION, "unknown action ('page'); type");
  }

  @Test
  void refusesLookalikeActionsWithoutEchoingThem() {
    // Cyrillic 'а' and 'с' in "ack", and a full-width "ack".
    for (String lookalike :
        new String[] {"b1:\u0430\u0441k:INC-42", "b1:ａｃｋ:INC-42", "b1:ACK:INC-42"}) {
      InvalidComponentId refusal = refusal(lookalike);
      assertThat(refusal.reason()).isEqualTo(Reason.UNKNOWN_ACTION);
      assertThat(refusal.getMessage()).doesNotContain("\u0430").doesNotContain("ａ");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "b1:ack:",
        "b1:ack:INC-",
        "b1:ack:INC-0",
        "b1:ack:INC-042",
        "b1:ack:INC--42",
        "b1:ack:INC-42 ",
        "b1:ack: INC-42",
        "b1:ack:inc-42",
        "b1:ack:#42",
        "b1:ack:42",
        "b1:ack:INC-4x2",
        "b1:ack:INC-٤٢",
        "b1:ack:INC-４２",
        "b1:ack:INC-99999999999999999999",
        "b1:ack:INC-9223372036854775808"
      })
  void refusesAnythingButACanonicalIncidentNumber(String customId) {
    assertThat(refusal(customId).reason()).isEqualTo(Reason.BAD_INCIDENT);
    assertThat(refusal(customId).getMessage())
        .contains("names no valid incident")
        .contains("/incident ack");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "b1:ack:INC-42:extra",
        "b1:ack:INC-42:",
        "b1:ack",
        "b1",
        "ack:INC-42",
        ":ack:INC-42",
        "b:ack:INC-42",
        "b01:ack:INC-42",
        "B1:ack:INC-42",
        "c1:ack:INC-42",
        "b1a:ack:INC-42",
        "b-1:ack:INC-42",
        "b１:ack:INC-42",
        "b9999999999:ack:INC-42",
        " b1:ack:INC-42",
        "b1::ack:INC-42",
        "::",
        "INC-42"
      })
  void refusesMalformedIdsAndNeverAcceptsAPartialMatch(String customId) {
    InvalidComponentId refusal = refusal(customId);

    assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(refusal.getMessage())
        .isEqualTo(
            "This button's reference is malformed; type the command instead, e.g. /incident show"
                + " INC-42 (see /help).");
  }

  @Test
  void aThousandRandomStringsOnlyEverFailAsInvalidComponentIds() {
    Random random = new Random(20_261_124L);
    String alphabet = "b1:ackesrjoinINC-0123456789 \u0430\u0441\u00e9\uff11\u0662\ud83d\udd25";
    for (int n = 0; n < 1_000; n++) {
      int length = random.nextInt(n % 10 == 0 ? 400 : 30);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextBoolean()
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (char) random.nextInt(Character.MAX_VALUE + 1));
      }
      String customId = text.toString();

      Throwable thrown = catchThrowable(() -> ComponentId.parse(customId));

      if (thrown == null) {
        assertThat(ComponentId.parse(customId).encode()).isEqualTo(customId);
      } else {
        assertThat(thrown).as("parse(%s)", customId).isInstanceOf(InvalidComponentId.class);
      }
    }
  }

  @Test
  void randomMutationsOfAGoodIdParseOnlyWhenTheyEncodeBackExactly() {
    Random random = new Random(42L);
    String good = "b1:esc:INC-1234";
    for (int n = 0; n < 1_000; n++) {
      StringBuilder text = new StringBuilder(good);
      int at = random.nextInt(text.length());
      switch (random.nextInt(3)) {
        case 0 -> text.setCharAt(at, (char) random.nextInt(0x3000));
        case 1 -> text.insert(at, (char) random.nextInt(0x3000));
        default -> text.deleteCharAt(at);
      }
      String customId = text.toString();

      Throwable thrown = catchThrowable(() -> ComponentId.parse(customId));

      if (thrown == null) {
        assertThat(ComponentId.parse(customId).encode()).isEqualTo(customId);
      } else {
        assertThat(thrown).as("parse(%s)", customId).isInstanceOf(InvalidComponentId.class);
      }
    }
  }

  private static void assertRefused(String customId, Reason reason, String message) {
    InvalidComponentId refusal = refusal(customId);
    assertThat(refusal.reason()).isEqualTo(reason);
    assertThat(refusal.getMessage()).contains(message);
  }

  private static InvalidComponentId refusal(String customId) {
    Throwable thrown = catchThrowable(() -> ComponentId.parse(customId));
    assertThat(thrown).as("parse(%s)", customId).isInstanceOf(InvalidComponentId.class);
    return (InvalidComponentId) thrown;
  }
}
