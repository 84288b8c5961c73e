package dev.beacon.commands.followups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Commands;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Follow-up actions across incidents: listing, overdue, done, and a done action that failed. */
@DisplayName("/followups and /incident follow-up-done")
class FollowUpsCommandTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final IncidentService incidents =
      new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
  private final CommandDispatcher dispatcher =
      Commands.dispatcher(
          new Commands.Services(
              incidents, Optional.empty(), Optional.empty(), Optional.empty(), clock));
  private final Actor alice = Actor.person("alice");

  private Reply type(String line) {
    return dispatcher.dispatchLine(alice, "console", line);
  }

  @BeforeEach
  void closeAnIncidentWithFollowUps() {
    type("/incident declare title:\"Payments 5xx\" severity:SEV2 service:payments-api");
    type("/incident resolve INC-1");
    type(
        "/incident close INC-1 impact:\"20m of failed card payments\" root-cause:\"expired cert\""
            + " follow-ups:\"Alert before certs expire @wei due:2026-12-01; Automate renewal @jan\"");
  }

  @Test
  @DisplayName("open actions are listed with owners and due dates; past the date, overdue")
  void listsAndFlagsOverdue() {
    Reply now = type("/followups");
    clock.advance(Duration.ofDays(8));
    Reply later = type("/followups");
    Reply weis = type("/followups owner:wei");

    assertThat(now.title()).isEqualTo("Follow-up actions: 2 open, 0 overdue");
    assertThat(now.text())
        .isEqualTo(
            "INC-1 #1 Alert before certs expire (owner wei, due 2026-12-01)\n"
                + "INC-1 #2 Automate renewal (owner jan)");
    assertThat(later.title()).isEqualTo("Follow-up actions: 2 open, 1 overdue");
    assertThat(later.text()).contains("due 2026-12-01) - OVERDUE");
    assertThat(weis.text()).contains("#1").doesNotContain("#2");
  }

  @Test
  @DisplayName("done actions leave the list; listed with done:true, flagged if trouble came back")
  void doneAndIneffective() {
    Reply done = type("/incident follow-up-done INC-1 number:1");
    Reply again = type("/incident follow-up-done INC-1 number:1");
    Reply missing = type("/incident follow-up-done INC-1 number:7");
    Reply open = type("/followups");
    clock.advance(Duration.ofDays(3));
    type("/incident declare title:\"Payments 5xx again\" severity:SEV2 service:payments-api");
    Reply all = type("/followups done:true");

    assertThat(done.title()).isEqualTo("INC-1 follow-up 1 done");
    assertThat(again.ephemeral()).isTrue();
    assertThat(again.title()).isEqualTo("INC-1 follow-up 1 was already done");
    assertThat(missing.error()).isTrue();
    assertThat(missing.text()).contains("has 2 follow-up actions; there is no number 7");
    assertThat(open.text()).doesNotContain("#1");
    assertThat(all.text())
        .contains(
            "INC-1 #1 Alert before certs expire (owner wei, due 2026-12-01) - done - but"
                + " payments-api had INC-2 afterwards");
    assertThat(incidents.timeline(new dev.beacon.core.incident.IncidentId(1)))
        .extracting(e -> e.describe())
        .contains("follow-up 1 done: Alert before certs expire");
  }
}
