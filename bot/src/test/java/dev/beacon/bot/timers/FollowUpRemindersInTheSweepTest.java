package dev.beacon.bot.timers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timer sweep (real Quartz) reminds a follow-up's owner through chat delivery. */
@DisplayName("Follow-up reminders from the timer sweep")
class FollowUpRemindersInTheSweepTest {

  @TempDir Path data;

  @Test
  @DisplayName("the day before an action is due, its owner gets a reminder")
  void ownerIsRemindedTheDayBefore() throws Exception {
    MutableClock clock = MutableClock.at("2026-11-30T09:00:00Z");
    List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
    try (Beacon beacon =
        Beacon.open(
            ConfigLoader.load(Path.of("../docs/examples/demo-fast.yaml")),
            data,
            clock,
            delivered::add)) {
      Actor alice = Actor.person("alice");
      beacon
          .commands()
          .dispatchLine(alice, "console", "/incident declare title:Outage severity:SEV4");
      beacon.commands().dispatchLine(alice, "console", "/incident resolve INC-1");
      beacon
          .commands()
          .dispatchLine(
              alice,
              "console",
              "/incident close INC-1 impact:x root-cause:y follow-ups:\"Alert on expiry @wei"
                  + " due:2026-12-01\"");

      beacon.start();
      dev.beacon.bot.testing.Eventually.until(
          "a reminder delivered",
          Duration.ofSeconds(20),
          () -> delivered.stream().anyMatch(m -> m.text().startsWith("Reminder: follow-up #1")));

      assertThat(delivered)
          .filteredOn(m -> m.text().startsWith("Reminder: follow-up #1"))
          .singleElement()
          .satisfies(m -> assertThat(m.recipient()).isEqualTo("wei"));
    }
  }
}
