package dev.beacon.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.TimelineEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/incident join")
class JoinCommandTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final IncidentService incidents =
      new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
  private final CommandDispatcher dispatcher = Commands.dispatcher(incidents);
  private final Actor alice = Actor.person("alice");
  private final Actor wei = Actor.person("wei");

  private Reply type(Actor who, String line) {
    return dispatcher.dispatchLine(who, "console", line);
  }

  private List<String> timeline() {
    return incidents.timeline(new IncidentId(1)).stream()
        .map(e -> e.kind() + " by " + e.actor())
        .toList();
  }

  @Test
  @DisplayName("joining records you as a responder and answers with the incident's card")
  void joiningRecordsYouAsAResponder() {
    type(alice, "/incident declare title:Outage severity:SEV3");

    Reply joined = type(wei, "/incident join INC-1");

    assertThat(joined.error()).isFalse();
    assertThat(joined.ephemeral()).isFalse();
    assertThat(joined.title()).isEqualTo("wei joined INC-1 as a responder");
    assertThat(joined.fields()).contains(new Field("Status", "declared"));
    assertThat(timeline()).endsWith("joined by wei");
  }

  @Test
  @DisplayName(
      "joining while already taking part answers politely, only to you, and records nothing")
  void joiningTwiceIsPoliteAndRecordsNothing() {
    type(alice, "/incident declare title:Outage severity:SEV3");
    type(wei, "/incident join INC-1");
    List<String> before = timeline();

    Reply again = type(wei, "/incident join INC-1");
    Reply declarer = type(alice, "/incident join INC-1");

    assertThat(again.error()).isFalse();
    assertThat(again.ephemeral()).isTrue();
    assertThat(again.title()).isEqualTo("You already take part in INC-1");
    assertThat(again.text()).contains("nothing to do");
    assertThat(declarer.title()).isEqualTo("You already take part in INC-1");
    assertThat(timeline()).isEqualTo(before);
  }

  @Test
  @DisplayName("a closed incident cannot be joined, and the refusal says why")
  void aClosedIncidentIsRefused() {
    type(alice, "/incident declare title:Outage severity:SEV3");
    type(alice, "/incident resolve INC-1");
    type(alice, "/incident close INC-1 impact:x root-cause:y");

    Reply refused = type(wei, "/incident join INC-1");

    assertThat(refused.error()).isTrue();
    assertThat(refused.ephemeral()).isTrue();
    assertThat(refused.text())
        .isEqualTo(
            "INC-1 is closed, so you cannot join it; "
                + "nothing more can be done to it but mark its follow-up actions done and rate it.");
    assertThat(incidents.timeline(new IncidentId(1)))
        .extracting(TimelineEvent::kind)
        .doesNotContain("joined");
  }

  @Test
  @DisplayName("/help lists join with its usage")
  void helpListsJoin() {
    Reply help = type(wei, "/help incident join");

    assertThat(help.error()).isFalse();
    assertThat(help.text()).contains("/incident join incident:<INC-n>");
  }
}
