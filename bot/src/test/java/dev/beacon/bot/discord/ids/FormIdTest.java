package dev.beacon.bot.discord.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Form (modal) custom ids")
class FormIdTest {

  @Test
  @DisplayName("carried options survive the round trip, whatever characters they hold")
  void roundTrip() {
    Map<String, String> carried = new LinkedHashMap<>();
    carried.put("severity", "SEV1");
    carried.put("service", "payments-api,ledger");
    carried.put("site", "kraków;=% 🚨");
    FormId id = new FormId("declare", carried);

    String encoded = id.encode().orElseThrow();

    assertThat(encoded).startsWith("f1:declare:severity=SEV1;service=");
    assertThat(FormId.parse(encoded)).isEqualTo(id);
    assertThat(FormId.parse("f1:update:")).isEqualTo(new FormId("update", Map.of()));
  }

  @Test
  @DisplayName("an id that would pass Discord's 100 characters is not made")
  void tooLongIsNotEncoded() {
    assertThat(new FormId("declare", Map.of("service", "x".repeat(90))).encode()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "b1:ack:INC-1",
        "f1:",
        "f1::incident=INC-1",
        "f1:Close:incident=INC-1",
        "f1:close:incident",
        "f1:close:=INC-1",
        "f1:close:incident=INC-1;;",
        "f1:close:incident=%zz"
      })
  @DisplayName("anything else is refused with what to do instead")
  void malformedIsRefused(String id) {
    assertThatThrownBy(() -> FormId.parse(id))
        .isInstanceOf(InvalidComponentId.class)
        .hasMessageContaining("run the command again");
  }
}
