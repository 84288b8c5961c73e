package dev.beacon.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who may run which command")
class AccessTest {

  @Test
  @DisplayName("reading needs a stakeholder, working a responder, severity/roles/close a commander")
  void levelsPerCommand() {
    assertThat(Access.requiredFor("help")).isEqualTo(Access.ANYONE);
    assertThat(Access.requiredFor("incident timeline")).isEqualTo(Access.STAKEHOLDER);
    assertThat(Access.requiredFor("incident ack")).isEqualTo(Access.RESPONDER);
    assertThat(Access.requiredFor("incident close")).isEqualTo(Access.COMMANDER);
    assertThat(Access.requiredFor("incident something-new")).isEqualTo(Access.RESPONDER);
  }

  @Test
  @DisplayName("each level includes those below it, and the config's words name them")
  void levelsNest() {
    assertThat(Access.ADMIN.includes(Access.COMMANDER)).isTrue();
    assertThat(Access.RESPONDER.includes(Access.STAKEHOLDER)).isTrue();
    assertThat(Access.STAKEHOLDER.includes(Access.RESPONDER)).isFalse();
    assertThat(Access.fromLabel("commander")).contains(Access.COMMANDER);
    assertThat(Access.fromLabel("anyone")).isEmpty();
    assertThat(Access.fromLabel("boss")).isEmpty();
  }
}
