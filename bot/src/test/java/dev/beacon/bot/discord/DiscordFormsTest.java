package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.FakeRoles;
import dev.beacon.bot.discord.fake.FormSubmit;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Status;
import dev.beacon.core.timeline.StatusPosted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms (Discord modals) complete declare, update and close when their text is left out: the
 * command answers with a form, what was typed is filled in, and the submitted form runs it.
 */
@DisplayName("Discord forms for declare, update and close, real JDA against a fake Discord")
class DiscordFormsTest {

  private static final IncidentId INC_1 = new IncidentId(1);

  @TempDir Path data;
  private DiscordTestBed bed;

  @BeforeEach
  void start() throws Exception {
    bed = DiscordTestBed.connected(data);
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  /** The form Beacon answered with (callback type 9); fails if it answered otherwise. */
  private static JsonNode form(JsonNode callback) {
    assertThat(callback.path("type").asInt()).as("a form (modal) callback").isEqualTo(9);
    return callback.path("data");
  }

  /** Field id to [label, required, prefilled value]. */
  private static List<List<String>> fields(JsonNode form) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode label : form.path("components")) {
      assertThat(label.path("type").asInt()).as("each field in a label").isEqualTo(18);
      JsonNode input = label.path("component");
      out.add(
          List.of(
              input.path("custom_id").asText(),
              label.path("label").asText(),
              Boolean.toString(input.path("required").asBoolean(true)),
              input.path("value").asText("")));
    }
    return out;
  }

  private JsonNode submit(FormSubmit submit) throws Exception {
    String id = bed.discord.push(submit);
    return bed.discord.await(DiscordTestBed.callbackFor(id), DiscordTestBed.WAIT).json();
  }

  private static String title(JsonNode callback) {
    return callback.path("data").path("embeds").get(0).path("title").asText();
  }

  @Test
  @DisplayName("/incident declare without a title asks for title and description, then declares")
  void declareForm() throws Exception {
    JsonNode form =
        form(
            bed.answer(
                SlashInteraction.by(ALICE)
                    .command("incident", "declare")
                    .option("severity", "SEV2")
                    .option("service", "payments-api")));

    dev.beacon.bot.discord.ids.FormId id =
        dev.beacon.bot.discord.ids.FormId.parse(form.path("custom_id").asText());
    assertThat(id.verb()).isEqualTo("declare");
    assertThat(id.carried())
        .isEqualTo(java.util.Map.of("severity", "SEV2", "service", "payments-api"));
    assertThat(fields(form))
        .extracting(f -> f.get(0) + "/" + f.get(2))
        .containsExactly("title/true", "description/false");
    assertThat(bed.beacon().incidents().recent(10)).as("nothing declared before submit").isEmpty();

    JsonNode declared =
        submit(
            FormSubmit.by(ALICE)
                .form(form.path("custom_id").asText())
                .value("title", "Card payments failing")
                .value("description", "EU only; 5xx from the acquirer since 10:02"));

    assertThat(title(declared)).isEqualTo("INC-1 declared by alice");
    Incident incident = bed.beacon().incidents().get(INC_1);
    assertThat(incident.title()).isEqualTo("Card payments failing");
    assertThat(incident.description()).isEqualTo("EU only; 5xx from the acquirer since 10:02");
    assertThat(incident.services()).containsExactly("payments-api");
  }

  @Test
  @DisplayName("/incident update without a status asks for status, impact and next steps")
  void updateForm() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Card payments failing")
            .option("severity", "SEV2"));

    JsonNode form =
        form(
            bed.answer(
                SlashInteraction.by(ALICE)
                    .command("incident", "update")
                    .option("incident", "INC-1")
                    .option("impact", "EU cards")));
    assertThat(fields(form))
        .containsExactly(
            List.of("status", "Where things stand", "true", ""),
            List.of("impact", "Who and what is affected", "false", "EU cards"),
            List.of("next", "Next steps, and when", "false", ""));

    JsonNode posted =
        submit(
            FormSubmit.by(ALICE)
                .form(form.path("custom_id").asText())
                .value("status", "Failing over to the second acquirer")
                .value("impact", "EU cards, 30% of payments")
                .value("next", "Next update 10:30"));

    assertThat(title(posted)).startsWith("Status update on INC-1 from alice");
    assertThat(bed.beacon().incidents().timeline(INC_1))
        .filteredOn(StatusPosted.class::isInstance)
        .map(StatusPosted.class::cast)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.status()).isEqualTo("Failing over to the second acquirer");
              assertThat(s.impact()).isEqualTo("EU cards, 30% of payments");
              assertThat(s.nextSteps()).isEqualTo("Next update 10:30");
            });
  }

  @Test
  @DisplayName("/incident close asks for the review; follow-ups one per line become the list")
  void closeForm() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Card payments failing")
            .option("severity", "SEV2"));
    bed.answer(
        SlashInteraction.by(ALICE).command("incident", "resolve").option("incident", "INC-1"));

    JsonNode form =
        form(
            bed.answer(
                SlashInteraction.by(ALICE)
                    .command("incident", "close")
                    .option("incident", "INC-1")
                    .option("root-cause", "expired TLS certificate")));
    assertThat(form.path("custom_id").asText()).isEqualTo("f1:close:incident=INC-1");
    assertThat(fields(form))
        .extracting(f -> f.get(0) + "=" + f.get(3))
        .containsExactly(
            "impact=", "root-cause=expired TLS certificate", "contributing=", "follow-ups=");

    JsonNode closed =
        submit(
            FormSubmit.by(ALICE)
                .form(form.path("custom_id").asText())
                .value("impact", "EU card payments failed for 20 minutes")
                .value("root-cause", "expired TLS certificate")
                .value("contributing", "the expiry alert went to a retired mailbox")
                .value(
                    "follow-ups",
                    "Alert 14 days before expiry @wei due:2026-12-15\n\n  Automate renewal; rotate"
                        + "  \n"));

    assertThat(title(closed)).isEqualTo("INC-1 closed by alice");
    Incident incident = bed.beacon().incidents().get(INC_1);
    assertThat(incident.status()).isEqualTo(Status.CLOSED);
    assertThat(incident.review().contributingFactors())
        .isEqualTo("the expiry alert went to a retired mailbox");
    assertThat(incident.review().followUps())
        .extracting(dev.beacon.core.incident.FollowUp::describe)
        .containsExactly(
            "Alert 14 days before expiry (owner wei, due 2026-12-15)", "Automate renewal, rotate");
  }

  @Test
  @DisplayName("A forged form id is refused; a stakeholder's submitted close form is refused")
  void forgedOrUnauthorisedForms() throws Exception {
    bed.answer(
        SlashInteraction.by(ALICE)
            .command("incident", "declare")
            .option("title", "Card payments failing")
            .option("severity", "SEV2"));
    bed.answer(
        SlashInteraction.by(ALICE).command("incident", "resolve").option("incident", "INC-1"));

    JsonNode forged =
        submit(FormSubmit.by(ALICE).form("f1:close:incident=INC-1;;x").value("impact", "x"));
    JsonNode unknown = submit(FormSubmit.by(ALICE).form("f1:delete:incident=INC-1"));
    JsonNode stakeholder =
        submit(
            FormSubmit.by(ALICE)
                .withRoles(FakeRoles.STAKEHOLDER)
                .form("f1:close:incident=INC-1")
                .value("impact", "x")
                .value("root-cause", "y"));

    assertThat(forged.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(forged.path("data").path("embeds").get(0).path("description").asText())
        .contains("run the command again");
    assertThat(unknown.path("data").path("embeds").get(0).path("description").asText())
        .contains("no form for /incident delete");
    assertThat(stakeholder.path("data").path("embeds").get(0).path("description").asText())
        .contains("You need the Discord role Incident Commander");
    assertThat(bed.beacon().incidents().get(INC_1).status()).isEqualTo(Status.RESOLVED);
  }
}
