package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static dev.beacon.bot.discord.DiscordTestBed.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.ButtonClick;
import dev.beacon.bot.discord.fake.FakeRoles;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.audit.AuditEntry;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord roles decide who may do what (demo config: responder Ops Engineer, commander Incident
 * Commander, stakeholder Stakeholder); refusals are ephemeral, name the role, and are audited.
 */
@DisplayName("Discord role permissions, real JDA against a fake Discord")
class DiscordRolePermissionsTest {

  @TempDir Path data;
  private DiscordTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = DiscordTestBed.connected(data);
    JsonNode declared =
        bed.answer(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Payments API down")
                .option("severity", "SEV2"));
    assertThat(declared.path("data").path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 declared by alice");
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private static String text(JsonNode callback) {
    return callback.path("data").path("embeds").get(0).path("description").asText();
  }

  private static boolean ephemeral(JsonNode callback) {
    return (callback.path("data").path("flags").asInt() & 64) == 64;
  }

  @Test
  @DisplayName("A responder without the commander role cannot close: told which role, audited")
  void responderCannotClose() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE).command("incident", "resolve").option("incident", "INC-1"));

    JsonNode refused =
        bed.answer(
            SlashInteraction.by(ALICE)
                .withRoles(FakeRoles.RESPONDER)
                .command("incident", "close")
                .option("incident", "INC-1")
                .option("impact", "EU card payments failed for 20 minutes")
                .option("root-cause", "expired certificate"));

    assertThat(ephemeral(refused)).isTrue();
    assertThat(text(refused))
        .contains("You need the Discord role Incident Commander (Beacon's commander role)")
        .contains("/incident close");
    assertThat(bed.beacon().incidents().get(new IncidentId(1)).status()).isEqualTo(Status.RESOLVED);
    AuditEntry audited = bed.beacon().store().recentAudit(10).get(0);
    assertThat(audited.actor()).isEqualTo("alice");
    assertThat(audited.action())
        .startsWith("/incident close")
        .contains("incident:INC-1", "root-cause:\"expired certificate\"");
    assertThat(audited.outcome()).isEqualTo("refused");
    assertThat(audited.at()).isEqualTo(bed.clock.instant());
  }

  @Test
  @DisplayName("A stakeholder may read the incident but not acknowledge it, by command or button")
  void stakeholderReadsButCannotAcknowledge() throws Exception {
    JsonNode shown =
        bed.answer(
            SlashInteraction.by(ALICE)
                .withRoles(FakeRoles.STAKEHOLDER)
                .command("incident", "show")
                .option("incident", "INC-1"));
    JsonNode typed =
        bed.answer(
            SlashInteraction.by(ALICE)
                .withRoles(FakeRoles.STAKEHOLDER)
                .command("incident", "ack")
                .option("incident", "INC-1"));
    String click =
        bed.discord.push(ButtonClick.by(ALICE).withRoles(FakeRoles.STAKEHOLDER).on("b1:ack:INC-1"));
    JsonNode clicked =
        bed.discord.await(DiscordTestBed.callbackFor(click), DiscordTestBed.WAIT).json();

    assertThat(ephemeral(shown)).isFalse();
    assertThat(shown.path("data").path("embeds").get(0).path("description").asText())
        .contains("Payments API down");
    assertThat(ephemeral(typed)).isTrue();
    assertThat(text(typed)).contains("You need the Discord role Ops Engineer");
    assertThat(ephemeral(clicked)).isTrue();
    assertThat(text(clicked)).contains("You need the Discord role Ops Engineer");
    assertThat(bed.beacon().incidents().get(new IncidentId(1)).status()).isEqualTo(Status.DECLARED);
    assertThat(bed.beacon().store().recentAudit(10))
        .extracting(AuditEntry::action)
        .containsExactly("/incident ack incident:INC-1", "/incident ack INC-1");
  }

  @Test
  @DisplayName(
      "A Discord user Beacon does not know may read with the stakeholder role, not declare")
  void unknownStakeholderReadsOnly() throws Exception {
    JsonNode timeline =
        bed.answer(
            SlashInteraction.by(STRANGER)
                .withRoles(FakeRoles.STAKEHOLDER)
                .command("incident", "timeline")
                .option("incident", "INC-1"));
    JsonNode declare =
        bed.answer(
            SlashInteraction.by(STRANGER)
                .withRoles(FakeRoles.STAKEHOLDER, FakeRoles.RESPONDER)
                .command("incident", "declare")
                .option("title", "x")
                .option("severity", "SEV4"));
    JsonNode noRole =
        bed.answer(
            SlashInteraction.by(STRANGER)
                .withRoles()
                .command("incident", "show")
                .option("incident", "INC-1"));

    assertThat(ephemeral(timeline)).isFalse();
    assertThat(text(declare)).contains("not in Beacon's list of people");
    assertThat(text(noRole)).contains("You need the Discord role Stakeholder");
    assertThat(bed.beacon().incidents().recent(10)).hasSize(1);
    assertThat(bed.beacon().store().recentAudit(10))
        .extracting(AuditEntry::actor)
        .containsExactly("discord:" + STRANGER, "discord:" + STRANGER);
  }
}
