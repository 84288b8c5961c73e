package dev.beacon.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.StatusUpdate;
import dev.beacon.core.outbox.OutboxMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Escalation scenarios, driven by a mutable clock")
class EscalationScenariosTest {

  private static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }

  @Test
  @DisplayName("page primary; 5 minutes pass; jan paged; ack; nothing more")
  void escalatesToTheNextLevelWhenPrimaryDoesNotAcknowledgeWithinFiveMinutes() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2, "payments-api");
    assertThat(w.paged(id)).containsExactly("wei");

    w.pass(minutes(4));
    assertThat(w.paged(id)).containsExactly("wei");

    w.pass(minutes(1));
    assertThat(w.paged(id)).containsExactly("wei", "jan");
    assertThat(w.timeline(id))
        .contains("escalated from level 1 to level 2: level 1 not acknowledged within 5m");

    w.incidents.acknowledge(id, Actor.person("jan"));
    w.pass(Duration.ofMinutes(45));
    assertThat(w.paged(id)).containsExactly("wei", "jan");
  }

  @Test
  @DisplayName("nobody acknowledges: every level, then the repeat, then paging stops and says so")
  void repeatsThenStops() {
    EscalationPolicy twice =
        new EscalationPolicy("p", EscalationWorld.POLICY.levels(), 1, Set.of());
    EscalationWorld w = new EscalationWorld(twice, HyperCareCalendar.none());
    IncidentId id = w.declare(Severity.SEV2);

    w.pass(Duration.ofHours(3));

    assertThat(w.paged(id)).containsExactly("wei", "jan", "ewa", "wei", "jan", "ewa");
    assertThat(w.timeline(id))
        .contains(
            "escalated from level 3 to level 1 (round 2): level 3 not acknowledged within 15m")
        .last()
        .isEqualTo("escalation exhausted after 2 rounds; nobody acknowledged");
    assertThat(w.store.runningTimers()).allSatisfy(s -> assertThat(s.escalateAt()).isNull());
  }

  @Test
  @DisplayName("a SEV1 pages every level at once")
  void sev1PagesAllLevelsAtOnce() {
    EscalationWorld w = new EscalationWorld();

    IncidentId id = w.declare(Severity.SEV1);

    assertThat(w.paged(id)).containsExactly("wei", "jan", "ewa");
  }

  @Test
  @DisplayName("/incident escalate pages the next level now; refused once resolved")
  void escalatesByHand() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);
    w.incidents.acknowledge(id, Actor.person("wei"));

    w.escalations.escalateNow(id, Actor.person("wei"));
    w.pass(Duration.ofMinutes(45));

    assertThat(w.paged(id)).containsExactly("wei", "jan");
    assertThat(w.timeline(id)).contains("escalated from level 1 to level 2: escalated by wei");
    w.incidents.resolve(id, "", Actor.person("wei"));
    assertThatThrownBy(() -> w.escalations.escalateNow(id, Actor.person("wei")))
        .hasMessageStartingWith("INC-1 is resolved, so you cannot escalate it;");
  }

  @Test
  @DisplayName("waking twice at the same moment pages once")
  void wakingIsIdempotent() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);
    w.clock.advance(minutes(5));

    boolean first = w.escalations.wake(id);
    boolean second = w.escalations.wake(id);
    w.escalations.sweep();

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(w.paged(id)).containsExactly("wei", "jan");
  }

  @Test
  @DisplayName("an overdue update reminds commander and channel once per period, one episode")
  void updateCadence() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);
    w.incidents.acknowledge(id, Actor.person("wei"));

    w.pass(minutes(29));
    assertThat(w.messages(id, OutboxMessage.Kind.NOTICE)).isEmpty();
    w.pass(minutes(1));
    assertThat(w.messages(id, OutboxMessage.Kind.NOTICE))
        .extracting(OutboxMessage::recipient)
        .containsExactly("channel", "alice");
    w.pass(minutes(30));
    w.incidents.postUpdate(id, new StatusUpdate("rolling back", "", ""), Actor.person("alice"));
    w.pass(minutes(29));

    assertThat(w.messages(id, OutboxMessage.Kind.NOTICE)).hasSize(4);
    assertThat(w.timeline(id).stream().filter(l -> l.startsWith("status update overdue")))
        .containsExactly(
            "status update overdue since 2026-11-24T10:30:00Z; commander and channel reminded");
  }

  @Test
  @DisplayName("acknowledged but silent for two update periods: the commander is paged again")
  void silentIncidentRepagesCommander() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);
    w.incidents.acknowledge(id, Actor.person("wei"));

    w.pass(minutes(59));
    assertThat(w.paged(id)).containsExactly("wei");
    w.pass(minutes(1));

    assertThat(w.paged(id)).containsExactly("wei", "alice");
    assertThat(w.timeline(id)).contains("paged alice (level 1): acknowledged but silent for 1h");
  }

  @Test
  @DisplayName("a reopened incident pages level 1 again, as a new page")
  void reopenStartsOver() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);
    w.incidents.acknowledge(id, Actor.person("wei"));
    w.incidents.resolve(id, "", Actor.person("wei"));

    w.incidents.reopen(id, "back", Actor.person("wei"));

    assertThat(w.messages(id, OutboxMessage.Kind.PAGE))
        .extracting(OutboxMessage::key)
        .containsExactly("INC-1/c0/L1/R0/wei", "INC-1/c1/L1/R0/wei");
  }

  @Test
  @DisplayName(
      "hyper-care: halved timeouts, primary and secondary together, start and end recorded")
  void hyperCareTightens() {
    HyperCareWindow release =
        new HyperCareWindow(
            "release-42",
            Set.of("payments-api"),
            ZoneId.of("Europe/Warsaw"),
            LocalDateTime.parse("2026-11-24T10:00"),
            LocalDateTime.parse("2026-11-24T12:00"),
            "",
            0.5);
    EscalationWorld w =
        new EscalationWorld(EscalationWorld.POLICY, new HyperCareCalendar(List.of(release)));
    IncidentId id = w.declare(Severity.SEV2, "payments-api");
    assertThat(w.paged(id)).containsExactly("wei", "li");

    w.pass(Duration.ofSeconds(150));

    assertThat(w.paged(id)).containsExactly("wei", "li", "jan");
    assertThat(w.timeline(id))
        .contains("hyper-care release-42 in force until 2026-11-24T11:00:00Z")
        .contains("escalated from level 1 to level 2: level 1 not acknowledged within 150s");
    w.incidents.acknowledge(id, Actor.person("jan"));
    w.clock.set(java.time.Instant.parse("2026-11-24T11:00:00Z"));
    w.escalations.sweep();
    assertThat(w.timeline(id)).contains("hyper-care release-42 ended");
    w.escalations.sweep();
    assertThat(w.timeline(id).stream().filter(l -> l.contains("ended"))).hasSize(1);
  }

  @Test
  @DisplayName("month-end recurs: 00:00 on the last day to 00:00 on the 2nd, in the window's zone")
  void monthEndWindow() {
    HyperCareWindow monthEnd =
        new HyperCareWindow(
            "month-end",
            Set.of("nav-calculation"),
            ZoneId.of("Europe/Warsaw"),
            null,
            null,
            "month-end",
            0.5);

    assertThat(monthEnd.activeAt(java.time.Instant.parse("2026-11-29T22:59:59Z"))).isFalse();
    assertThat(monthEnd.activeAt(java.time.Instant.parse("2026-11-29T23:00:00Z"))).isTrue();
    assertThat(monthEnd.activeAt(java.time.Instant.parse("2026-12-01T22:59:59Z"))).isTrue();
    assertThat(monthEnd.activeAt(java.time.Instant.parse("2026-12-01T23:00:00Z"))).isFalse();
    assertThat(monthEnd.nextBoundaryAfter(java.time.Instant.parse("2026-11-24T00:00:00Z")))
        .contains(java.time.Instant.parse("2026-11-29T23:00:00Z"));
  }

  @Test
  @DisplayName(
      "a hyper-care window starting while nothing else is due is recorded by the next sweep")
  void hyperCareStartIsNoticedBySweep() {
    HyperCareWindow release =
        new HyperCareWindow(
            "release",
            Set.of("payments-api"),
            ZoneId.of("UTC"),
            LocalDateTime.parse("2026-11-24T10:10"),
            LocalDateTime.parse("2026-11-24T12:00"),
            "",
            0.5);
    EscalationWorld w =
        new EscalationWorld(EscalationWorld.POLICY, new HyperCareCalendar(List.of(release)));
    IncidentId id = w.declare(Severity.SEV2, "payments-api");
    w.incidents.acknowledge(id, Actor.person("wei"));

    w.clock.set(java.time.Instant.parse("2026-11-24T10:10:30Z"));
    w.escalations.sweep();

    assertThat(w.timeline(id)).contains("hyper-care release in force until 2026-11-24T12:00:00Z");
  }

  @Test
  @DisplayName(
      "raised to a page-all severity mid-escalation: the levels not yet paged are paged now")
  void severityRaisedToPageAll() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);

    w.incidents.changeSeverity(id, Severity.SEV1, "worse", Actor.person("alice"));
    w.pass(minutes(6));

    assertThat(w.paged(id)).containsExactly("wei", "jan", "ewa");
    assertThat(w.timeline(id))
        .containsSubsequence(
            "severity SEV2 -> SEV1 (worse)",
            "paged jan (level 2): level 2 (person jan): named in the policy",
            "paged ewa (level 3): level 3 (duty manager): duty manager");
  }

  @Test
  @DisplayName("lowered from a page-all severity: no level is paged twice in a round")
  void severityLoweredFromPageAll() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV1);

    w.incidents.changeSeverity(id, Severity.SEV2, "contained", Actor.person("alice"));
    w.pass(minutes(40));

    assertThat(w.paged(id)).containsExactly("wei", "jan", "ewa");
    assertThat(w.timeline(id).stream().filter(l -> l.startsWith("paged"))).hasSize(3);
  }

  @Test
  @DisplayName(
      "/incident escalate after the policy ran out starts a new round instead of doing nothing")
  void escalateAfterExhaustion() {
    EscalationWorld w = new EscalationWorld();
    IncidentId id = w.declare(Severity.SEV2);
    w.pass(Duration.ofHours(1));
    assertThat(w.timeline(id)).anySatisfy(l -> assertThat(l).startsWith("escalation exhausted"));

    w.escalations.escalateNow(id, Actor.person("alice"));

    assertThat(w.paged(id)).containsExactly("wei", "jan", "ewa", "wei");
    assertThat(w.timeline(id))
        .contains("escalated from level 3 to level 1 (round 2): escalated by alice");
  }
}
