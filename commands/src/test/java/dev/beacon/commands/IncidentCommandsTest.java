package dev.beacon.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.MessageCaptured;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /incident commands, typed as text")
class IncidentCommandsTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents = new IncidentService(store, TestCatalog.create(), clock);
  private final CommandDispatcher dispatcher = Commands.dispatcher(incidents);
  private final Actor alice = Actor.person("alice");
  private final Actor wei = Actor.person("wei");

  private Reply type(Actor who, String line) {
    return dispatcher.dispatchLine(who, "console", line);
  }

  @Test
  @DisplayName("declare, ack and resolve: each answers with the card and leaves a timeline")
  void declareAckResolveStory() {
    Reply declared =
        type(
            alice,
            "/incident declare title:\"Payments API 5xx\" severity:SEV2 service:payments-api");
    clock.advance(Duration.ofMinutes(4));
    Reply acked = type(wei, "/incident ack INC-1");
    clock.advance(Duration.ofMinutes(30));
    Reply resolved = type(wei, "/incident resolve INC-1 summary:\"rolled back\"");

    assertThat(declared.error()).isFalse();
    assertThat(declared.title()).isEqualTo("INC-1 declared by alice");
    assertThat(declared.text()).isEqualTo("INC-1 Payments API 5xx");
    assertThat(declared.fields())
        .contains(
            new Field("Status", "declared"),
            new Field("Commander", "alice"),
            new Field("Services", "payments-api"),
            new Field("Runbook", "Payments API: https://wiki.example.com/runbooks/payments-api"),
            new Field("Site", "Warsaw"),
            new Field("Declared", "2026-11-24 08:00:00 UTC (09:00 CET)"));
    assertThat(declared.buttons())
        .as("no Escalate: this dispatcher has no /incident escalate")
        .containsExactly(
            new Button("Acknowledge", "/incident ack INC-1"),
            new Button("Resolve", "/incident resolve INC-1"),
            new Button("Join", "/incident join INC-1"));
    assertThat(acked.title()).isEqualTo("INC-1 acknowledged by wei");
    assertThat(acked.buttons()).extracting(Button::label).containsExactly("Resolve", "Join");
    assertThat(resolved.fields()).contains(new Field("Status", "resolved"));
    assertThat(resolved.buttons()).extracting(Button::label).containsExactly("Join");
    assertThat(incidents.timeline(new IncidentId(1)))
        .extracting(e -> e.kind() + " by " + e.actor())
        .containsExactly(
            "declared by alice",
            "role-assigned by alice",
            "acknowledged by wei",
            "resolved by wei");
  }

  @Test
  @DisplayName(
      "an illegal action is refused naming the status and what is allowed, changing nothing")
  void illegalActionIsRefused() {
    type(alice, "/incident declare title:Outage severity:SEV3");
    type(alice, "/incident resolve INC-1");
    int events = incidents.timeline(new IncidentId(1)).size();

    Reply reply = type(alice, "/incident ack INC-1");

    assertThat(reply.error()).isTrue();
    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.text())
        .isEqualTo(
            "INC-1 is resolved, so you cannot acknowledge it; allowed now: reopen, close, update,"
                + " role, note, join, rate.");
    assertThat(incidents.timeline(new IncidentId(1))).hasSize(events);
    assertThat(store.find(new IncidentId(1)).orElseThrow().status()).isEqualTo(Status.RESOLVED);
  }

  @Test
  @DisplayName("a missing required option names the option and shows the usage")
  void missingOptionShowsUsage() {
    Reply reply = type(alice, "/incident declare title:Outage");

    assertThat(reply.error()).isTrue();
    assertThat(reply.text())
        .startsWith("Missing severity:<SEV1..SEV4>.")
        .contains("Usage: /incident declare title:<text> severity:<SEV1..SEV4>");
    assertThat(store.recent(10)).isEmpty();
  }

  @Test
  @DisplayName("a misspelt option gets a did-you-mean")
  void misspeltOption() {
    Reply reply = type(alice, "/incident declare title:Outage sevrity:SEV2");

    assertThat(reply.text()).contains("has no option sevrity:. Did you mean severity:?");
  }

  @Test
  @DisplayName("an unknown command gets a did-you-mean and the list of subcommands")
  void unknownCommand() {
    Reply reply = type(alice, "/incident decalre title:x");

    assertThat(reply.error()).isTrue();
    assertThat(reply.text())
        .contains("Unknown command /incident decalre. Did you mean /incident declare?")
        .contains("/incident takes: declare, ack, severity");
  }

  @Test
  @DisplayName("bad values say what is accepted")
  void badValues() {
    assertThat(type(alice, "/incident declare title:x severity:SEV9").text())
        .contains("severity: 'SEV9' is not a severity; use one of SEV1, SEV2, SEV3, SEV4");
    assertThat(type(alice, "/incident ack banana").text())
        .contains("'banana' is not an incident reference; write it like INC-42");
    assertThat(type(alice, "/incident declare title:x severity:SEV2 service:payroll").text())
        .contains("Unknown service payroll; known services: payments-api, custody-settlement");
    assertThat(type(alice, "/incident ack INC-7").text())
        .isEqualTo(
            "There is no incident INC-7. There are no incidents yet; declare one with"
                + " /incident declare.");
  }

  @Test
  @DisplayName("someone who is not a configured person cannot change incidents but can read help")
  void unknownUserIsRefused() {
    Actor stranger = Actor.person("mallory");

    Reply refused = type(stranger, "/incident declare title:x severity:SEV2");
    Reply help = type(stranger, "/help");

    assertThat(refused.text()).contains("mallory) are not in Beacon's list of people");
    assertThat(store.recent(10)).isEmpty();
    assertThat(help.error()).isFalse();
    assertThat(help.text()).contains("/incident declare title:<text> severity:<SEV1..SEV4>");
  }

  @Test
  @DisplayName("someone Beacon does not know may read an incident (a stakeholder) but not ack it")
  void unknownUserMayReadButNotChange() {
    type(alice, "/incident declare title:Outage severity:SEV2");
    Actor stakeholder = Actor.person("sam");

    Reply shown = type(stakeholder, "/incident show INC-1");
    Reply timeline = type(stakeholder, "/incident timeline INC-1");
    Reply ack = type(stakeholder, "/incident ack INC-1");

    assertThat(shown.error()).isFalse();
    assertThat(shown.text()).contains("INC-1 Outage");
    assertThat(timeline.error()).isFalse();
    assertThat(ack.error()).isTrue();
    assertThat(ack.text()).contains("sam) are not in Beacon's list of people");
    assertThat(store.find(new IncidentId(1)).orElseThrow().status().label()).isEqualTo("declared");
  }

  @Test
  @DisplayName("roles, severity, updates, notes, close and reopen work and show in the timeline")
  void everyOtherCommand() {
    type(alice, "/incident declare title:Outage severity:SEV3 service:nav-calculation");
    assertThat(type(alice, "/incident role INC-1 role:comms person:jan").title())
        .isEqualTo("jan is now comms of INC-1");
    assertThat(type(alice, "/incident severity INC-1 severity:SEV1 reason:\"all funds\"").title())
        .isEqualTo("INC-1 is now SEV1 (set by alice)");
    assertThat(type(alice, "/incident update INC-1 status:\"Restarting\" next:\"15m\"").error())
        .isFalse();
    assertThat(type(alice, "/incident note INC-1 \"db failover started\"").error()).isFalse();
    assertThat(type(alice, "/incident mitigate INC-1").error()).isFalse();
    assertThat(type(alice, "/incident close INC-1 impact:x root-cause:y").text())
        .startsWith("INC-1 is mitigated, so you cannot close it");
    type(alice, "/incident resolve INC-1");
    assertThat(type(alice, "/incident reopen INC-1 reason:\"back again\"").fields())
        .contains(new Field("Status", "declared"));
    type(alice, "/incident resolve INC-1");
    Reply closed =
        type(
            alice,
            "/incident close INC-1 impact:\"NAV late 1h\" root-cause:\"disk full\""
                + " follow-ups:\"alert on disk; rotate logs\"");
    Reply timeline = type(alice, "/incident timeline INC-1");

    assertThat(closed.fields()).contains(new Field("Status", "closed"));
    assertThat(closed.buttons()).as("a closed incident offers nothing").isEmpty();
    assertThat(timeline.title()).isEqualTo("Timeline of INC-1 Outage (11 events)");
    assertThat(timeline.text())
        .contains("alice  comms: jan")
        .contains("severity SEV3 -> SEV1 (all funds)")
        .contains("note: db failover started")
        .contains("reopened: back again")
        .contains("follow-ups: alert on disk; rotate logs");
  }

  @Test
  @DisplayName("the review takes contributing factors and follow-ups with owners and due dates")
  void reviewWithOwnersAndDueDates() {
    type(alice, "/incident declare title:Outage severity:SEV3");
    type(alice, "/incident resolve INC-1");

    Reply badDate =
        type(
            alice,
            "/incident close INC-1 impact:x root-cause:y follow-ups:\"alert @jan due:15.12.2026\"");
    Reply unknownOwner =
        type(alice, "/incident close INC-1 impact:x root-cause:y follow-ups:\"alert @nobody\"");
    Reply closed =
        type(
            alice,
            "/incident close INC-1 impact:\"NAV late 1h\" root-cause:\"disk full\""
                + " contributing:\"no disk alert on the batch host\""
                + " follow-ups:\"alert on disk @jan due:2026-12-15; rotate logs\"");

    assertThat(badDate.text())
        .contains("due:15.12.2026 in 'alert @jan due:15.12.2026' is not a date")
        .contains("due:2026-12-01");
    assertThat(unknownOwner.error()).isTrue();
    assertThat(unknownOwner.text()).contains("nobody");
    assertThat(closed.error()).isFalse();
    assertThat(type(alice, "/incident timeline INC-1").text())
        .contains("follow-ups: alert on disk (owner jan, due 2026-12-15); rotate logs");
    dev.beacon.core.incident.Review review =
        store.find(new IncidentId(1)).orElseThrow().closingReview().orElseThrow();
    assertThat(review.contributingFactors()).isEqualTo("no disk alert on the batch host");
    assertThat(review.followUps().get(0).owner()).contains("jan");
    assertThat(review.followUps().get(0).due()).contains(java.time.LocalDate.parse("2026-12-15"));
  }

  @Test
  @DisplayName("a stakeholder Beacon does not know rates a resolved incident once, only to them")
  void stakeholderRates() {
    type(alice, "/incident declare title:Outage severity:SEV3");
    type(alice, "/incident resolve INC-1");
    Actor sam = Actor.person("discord:42");

    Reply bad = type(sam, "/incident rate INC-1 score:9");
    Reply rated = type(sam, "/incident rate INC-1 score:4 comment:\"kept us posted\"");
    Reply again = type(sam, "/incident rate INC-1 score:1");

    assertThat(bad.text()).startsWith("score:9 is not a rating; give 1 to 5, e.g. score:4.");
    assertThat(rated.ephemeral()).isTrue();
    assertThat(rated.title()).isEqualTo("Thank you: you rated INC-1 4/5");
    assertThat(again.title()).isEqualTo("You have rated INC-1 already");
    assertThat(type(alice, "/incident timeline INC-1").text())
        .contains("rated 4/5: kept us posted");
  }

  @Test
  @DisplayName("the last text option takes the rest of the line; /help explains one command")
  void restOfLineAndHelp() {
    type(alice, "/incident declare title:Outage severity:SEV3");

    Reply note = type(alice, "/incident note INC-1 db failover started");
    Reply help = type(alice, "/help incident declare");
    Reply unknown = type(alice, "/help nonsense");

    assertThat(note.error()).isFalse();
    assertThat(incidents.timeline(new IncidentId(1)))
        .extracting(e -> e.describe())
        .contains("note: db failover started");
    assertThat(help.title())
        .isEqualTo("/incident declare: Declare an incident; you become its commander");
    assertThat(unknown.error()).isTrue();
    assertThat(unknown.text())
        .startsWith("There is no command /nonsense. Commands: /incident declare");
  }

  @Test
  @DisplayName("control characters and invisible-only titles are refused")
  void controlCharacters() {
    assertThat(type(alice, "/incident declare title:\"red\u001b[31m\" severity:SEV3").text())
        .contains("invisible or control character (U+001B)");
    assertThat(type(alice, "/incident declare title:\"\u00a0\" severity:SEV3").text())
        .contains("needs a title");
    assertThat(type(alice, "/incident declare title:\"👩\u200d💻 on fire\" severity:SEV3").error())
        .isFalse();
  }

  @Test
  @DisplayName("/incident timeline shows a captured message and, after it, its edit")
  void timelineShowsACapturedMessageAndItsEdit() {
    type(alice, "/incident declare title:Outage severity:SEV3");
    IncidentId id = new IncidentId(1);
    String link = "https://discord.com/channels/1/2/3";
    incidents.captureMessage(
        id,
        new MessageCaptured(
            id, clock.instant(), alice, "wei", "lag 40s", List.of(), clock.instant(), link),
        alice);
    clock.advance(Duration.ofMinutes(1));
    incidents.recordEdit(id, link, "lag 400s", clock.instant(), wei);

    Reply timeline = type(alice, "/incident timeline INC-1");

    assertThat(timeline.text())
        .contains("alice  captured message from wei (2026-11-24T08:00:00Z): lag 40s " + link)
        .contains("wei  captured message edited (2026-11-24T08:01:00Z): lag 400s " + link);
    assertThat(timeline.text().indexOf("lag 400s"))
        .isGreaterThan(timeline.text().indexOf("lag 40s"));
  }
}
