package dev.beacon.bot.timers;

import java.time.Duration;

/**
 * Told, each time a timer fires, how long after it was due: the hook for metrics. Called on
 * Quartz's threads, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface TimerLateness {

  /** Ignores every firing. */
  TimerLateness IGNORED = (timer, lateness) -> {};

  /**
   * @param timer {@code wake} (an incident's escalation timer), {@code sweep} or {@code handover}
   * @param lateness from when it was due to when it fired; zero or a little more when on time
   */
  void fired(String timer, Duration lateness);
}
