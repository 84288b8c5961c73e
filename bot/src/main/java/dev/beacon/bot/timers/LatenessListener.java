package dev.beacon.bot.timers;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how late each trigger fires and tells {@link TimerLateness}.
 *
 * <p>For a one-shot trigger the scheduled fire time is the wrong yardstick: with the fire-now
 * misfire policy Quartz moves it to the moment it noticed the misfire, so a trigger that waited 16
 * s for a thread would look on time. Its start time keeps the instant asked for; and when it was
 * armed after that instant (rebuilt at start-up for a timer that fell due while Beacon was down),
 * the instant it was armed, so downtime is not counted as lateness. A repeating trigger (the sweep)
 * skips misfires, so its scheduled fire time is right.
 */
final class LatenessListener extends TriggerListenerSupport {

  /** Trigger data: when the trigger was armed, epoch milliseconds. */
  static final String ARMED_AT = "armedAt";

  private static final Logger LOG = LoggerFactory.getLogger(LatenessListener.class);

  private final TimerLateness lateness;

  LatenessListener(TimerLateness lateness) {
    this.lateness = lateness;
  }

  @Override
  public String getName() {
    return "beacon-lateness";
  }

  @Override
  public void triggerFired(Trigger trigger, JobExecutionContext context) {
    try {
      Instant fired = context.getFireTime().toInstant();
      Instant due = due(trigger, context.getScheduledFireTime());
      lateness.fired(timer(trigger), Duration.between(due, fired));
    } catch (RuntimeException e) {
      LOG.warn("could not measure the lateness of {}: {}", trigger.getKey(), e.toString());
    }
  }

  static Instant due(Trigger trigger, Date scheduledFireTime) {
    if (trigger instanceof SimpleTrigger s && s.getRepeatCount() == 0) {
      Instant start = trigger.getStartTime().toInstant();
      if (trigger.getJobDataMap().containsKey(ARMED_AT)) {
        Instant armed = Instant.ofEpochMilli(trigger.getJobDataMap().getLong(ARMED_AT));
        return armed.isAfter(start) ? armed : start;
      }
      return start;
    }
    return scheduledFireTime.toInstant();
  }

  /** {@code wake-7} is a {@code wake}; {@code sweep} and {@code handover} are themselves. */
  static String timer(Trigger trigger) {
    return trigger.getJobKey().getName().replaceFirst("-[0-9]+$", "");
  }
}
