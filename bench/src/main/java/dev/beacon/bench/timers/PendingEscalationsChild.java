package dev.beacon.bench.timers;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The process {@link RestartRescheduleBench} kills: opens Beacon (example configuration) on the
 * data directory {@code args[0]} without starting it, declares {@code args[1]} incidents whose
 * escalations fall due an hour or more later and then {@code args[2]} whose escalations fell due in
 * the minute before, prints {@code ARMED}, and waits to be killed. Its scheduler never starts, so
 * nothing fires here: what the restart finds is what the store holds.
 */
public final class PendingEscalationsChild {

  private PendingEscalationsChild() {}

  /** {@code args}: data directory, incidents due later, incidents overdue. */
  public static void main(String[] args) throws Exception {
    int later = Integer.parseInt(args[1]);
    int overdue = Integer.parseInt(args[2]);
    PinnableClock clock = new PinnableClock();
    Beacon beacon =
        Beacon.open(ConfigLoader.loadExample(), Path.of(args[0]), clock, message -> {}, Map.of());
    EscalationArming arming = new EscalationArming(beacon, clock);
    Instant now = Instant.now();
    Duration hour = Duration.ofHours(1);
    for (int i = 0; i < later; i++) {
      arming.declareAt(
          now.plus(hour).plus(hour.multipliedBy(i).dividedBy(later)), "Restart bench later " + i);
    }
    Duration minute = Duration.ofMinutes(1);
    for (int i = 0; i < overdue; i++) {
      arming.declareDueAt(
          now.minus(minute).plus(minute.multipliedBy(i).dividedBy(overdue)),
          "Restart bench overdue " + i);
    }
    System.out.println("ARMED");
    System.out.flush();
    Thread.currentThread().join();
  }
}
