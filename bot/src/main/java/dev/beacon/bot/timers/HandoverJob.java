package dev.beacon.bot.timers;

import dev.beacon.core.handover.HandoverService;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the shift handover at a site's coverage boundary, then re-arms itself for the next one. One
 * one-shot trigger (fire-now on misfire, so a late or rebuilt trigger still fires once); the
 * handover itself is idempotent, so the sweep may call it too. Changes state and enqueues outbox
 * rows only; no network I/O.
 */
@DisallowConcurrentExecution
public final class HandoverJob implements Job {

  /** The scheduler-context key of the {@link HandoverService}. */
  public static final String HANDOVERS = "handovers";

  /** Its own group, so that it is not counted among the incidents' wake-ups. */
  static final JobKey JOB = new JobKey("handover", "beacon-handover");

  static final TriggerKey TRIGGER = new TriggerKey("handover", "beacon-handover");

  private static final Logger LOG = LoggerFactory.getLogger(HandoverJob.class);

  @Override
  public void execute(JobExecutionContext context) {
    HandoverService handovers;
    try {
      handovers = (HandoverService) context.getScheduler().getContext().get(HANDOVERS);
    } catch (SchedulerException e) {
      LOG.error("shift handover skipped: no handover service in the scheduler context", e);
      return;
    }
    try {
      int handed = handovers.handOver();
      if (handed > 0) {
        LOG.info("shift handover moved {} incidents to the site on duty", handed);
      }
    } catch (Exception e) {
      // Nothing was written (the transaction rolled back); the sweep or the next run retries.
      LOG.error("shift handover failed; the sweep retries within the look-back", e);
    }
    rearm(context, handovers);
  }

  private static void rearm(JobExecutionContext context, HandoverService handovers) {
    try {
      Optional<Instant> next = handovers.nextHandover();
      Date fired = context.getScheduledFireTime();
      if (next.isEmpty()) {
        LOG.warn("no site of any team ever covers: no further shift handover scheduled");
      } else if (fired != null && !next.get().isAfter(fired.toInstant())) {
        // Only when the service's clock lags the scheduler's: firing again at once would spin.
        LOG.warn(
            "next shift handover {} is not after this run's {}; not re-armed", next.get(), fired);
      } else {
        schedule(context.getScheduler(), handovers, next.get());
      }
    } catch (Exception e) {
      LOG.error("could not schedule the next shift handover", e);
    }
  }

  /**
   * Puts {@code handovers} in the scheduler's context and (re)schedules the one-shot handover at
   * {@code at}, replacing any earlier one; fires at once if {@code at} has passed.
   */
  public static void schedule(Scheduler scheduler, HandoverService handovers, Instant at)
      throws SchedulerException {
    scheduler.getContext().put(HANDOVERS, handovers);
    JobDetail job = JobBuilder.newJob(HandoverJob.class).withIdentity(JOB).build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(TRIGGER)
            .forJob(job)
            .usingJobData(LatenessListener.ARMED_AT, System.currentTimeMillis())
            .startAt(Date.from(at))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    scheduler.scheduleJob(job, Set.of(trigger), true);
  }

  /** When the handover trigger fires next, if it is scheduled (for tests and health). */
  public static Optional<Instant> nextFire(Scheduler scheduler) throws SchedulerException {
    return Optional.ofNullable(scheduler.getTrigger(TRIGGER))
        .map(Trigger::getNextFireTime)
        .map(Date::toInstant);
  }
}
