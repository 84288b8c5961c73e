package dev.beacon.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.TimelineEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole wiring (SQLite, routing from the demo config, escalation, outbox) with a mutable clock
 * standing in for time and the sweep standing in for Quartz: what the README's demo shows.
 */
@DisplayName("Escalation in local mode with the short-timeout demo config")
class LocalEscalationTest {

  @TempDir Path data;
  private final MutableClock clock = MutableClock.at("2026-11-24T03:00:00Z");
  private final List<OutboxMessage> delivered = new ArrayList<>();
  private Beacon beacon;

  @BeforeEach
  void open() throws Exception {
    BeaconConfig config = ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml"));
    beacon = Beacon.open(config, data, clock, delivered::add);
  }

  @AfterEach
  void close() {
    beacon.close();
  }

  private void type(String who, String line) {
    beacon.commands().dispatchLine(Actor.person(who), "console", line);
    beacon.outbox().drainNow();
  }

  private void pass(Duration d) {
    clock.advance(d);
    beacon.escalations().sweep();
    beacon.outbox().drainNow();
  }

  private List<String> pages() {
    return delivered.stream()
        .filter(m -> m.kind() == OutboxMessage.Kind.PAGE)
        .map(OutboxMessage::recipient)
        .toList();
  }

  @Test
  @DisplayName("SEV1 unacknowledged: primary paged, then level 2 after 20s; an ack stops it")
  void pagesPrimaryThenEscalatesUntilAcknowledged() {
    type(
        "alice",
        "/incident declare title:\"Payments API down\" severity:SEV1 service:payments-api");
    assertThat(pages()).containsExactly("wei");
    assertThat(beacon.incidents().get(new IncidentId(1)).site()).isEqualTo("shanghai");

    pass(Duration.ofSeconds(19));
    assertThat(pages()).containsExactly("wei");
    pass(Duration.ofSeconds(1));
    assertThat(pages()).containsExactly("wei", "jan");

    type("jan", "/incident ack INC-1");
    pass(Duration.ofMinutes(1));

    assertThat(pages()).containsExactly("wei", "jan");
    assertThat(beacon.incidents().timeline(new IncidentId(1)))
        .extracting(TimelineEvent::describe)
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith(
                        "paged wei (level 1): level 1 (on-call): on call:"
                            + " Shanghai covers 08:00-16:00 Asia/Shanghai"))
        .contains("escalated from level 1 to level 2: level 1 not acknowledged within 20s")
        .contains("acknowledged");
    assertThat(beacon.store().unsentMessages(10)).isEmpty();
  }

  @Test
  @DisplayName("/incident escalate pages the next level at once and shows in the reply")
  void escalateByHand() {
    type("alice", "/incident declare title:\"NAV late\" severity:SEV2 service:payments-api");

    var reply =
        beacon
            .commands()
            .dispatchLine(Actor.person("alice"), "console", "/incident escalate INC-1");
    beacon.outbox().drainNow();

    assertThat(reply.title()).isEqualTo("INC-1 escalated by alice to the next level");
    assertThat(pages()).containsExactly("wei", "jan");
  }

  @Test
  @DisplayName("an overdue status update reminds the commander and the channel")
  void overdueUpdateReminds() {
    type(
        "alice",
        "/incident declare title:\"Payments API down\" severity:SEV1 service:payments-api");
    type("li", "/incident ack INC-1");

    pass(Duration.ofMinutes(2));

    assertThat(delivered)
        .filteredOn(m -> m.kind() == OutboxMessage.Kind.NOTICE)
        .extracting(OutboxMessage::recipient)
        .containsExactlyInAnyOrder("channel", "alice");
  }

  @Test
  @DisplayName("at Warsaw's end of shift, Shanghai's on-call gets a summary and the incident moves")
  void shiftHandover() {
    clock.set(java.time.Instant.parse("2026-11-24T23:58:00Z"));
    type("alice", "/incident declare title:\"NAV late\" severity:SEV3 service:payments-api");
    type("alice", "/incident ack INC-1");
    String warsawOnCall = pages().get(0);

    clock.set(java.time.Instant.parse("2026-11-25T00:00:30Z"));
    int handed = beacon.handovers().handOver();
    beacon.outbox().drainNow();

    assertThat(handed).isEqualTo(1);
    assertThat(beacon.incidents().get(new IncidentId(1)).site()).isEqualTo("shanghai");
    assertThat(delivered)
        .filteredOn(m -> m.kind() == OutboxMessage.Kind.NOTICE && !m.recipient().equals("channel"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipient()).isNotEqualTo(warsawOnCall);
              assertThat(m.text()).contains("INC-1 NAV late").contains("SEV3");
            });
    assertThat(beacon.incidents().timeline(new IncidentId(1)))
        .extracting(TimelineEvent::kind)
        .contains("handed-over");
  }

  @Test
  @DisplayName("/incident pages lists each page with its method and delivery state")
  void pagesCommandShowsDelivery() {
    type(
        "alice",
        "/incident declare title:\"Payments API down\" severity:SEV1 service:payments-api");
    pass(Duration.ofSeconds(20));

    var reply =
        beacon.commands().dispatchLine(Actor.person("alice"), "console", "/incident pages INC-1");

    assertThat(reply.title()).isEqualTo("Pages of INC-1 Payments API down (2)");
    assertThat(reply.text().lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains(" via chat: delivered at "))
        .anySatisfy(l -> assertThat(l).startsWith("jan via chat"));
    assertThat(beacon.incidents().timeline(new IncidentId(1)))
        .extracting(TimelineEvent::describe)
        .contains("page to jan via chat (attempt 1): accepted");
  }
}
