package dev.beacon.bot.timers;

import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.escalation.Timers;
import dev.beacon.core.handover.HandoverService;
import dev.beacon.core.incident.IncidentId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz as the alarm clock of the escalation timers. The store holds the truth; this only wakes
 * incidents up: one one-shot trigger per incident at its next due instant (fire-now on misfire, so
 * a trigger rebuilt late still fires once), rebuilt from the store at start-up, and a periodic
 * sweep that re-derives anything missed. Jobs never do network I/O; they change state and enqueue
 * outbox rows.
 */
public final class QuartzTimers implements Timers, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(QuartzTimers.class);
  static final String SERVICE = "escalations";
  private static final JobKey SWEEP = new JobKey("sweep", "beacon");

  private final Scheduler scheduler;

  private QuartzTimers(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** A scheduler with a small, bounded thread pool, not yet started. */
  public static QuartzTimers create(int threads) {
    return create(threads, TimerLateness.IGNORED);
  }

  /**
   * A scheduler with a small, bounded thread pool, not yet started, telling {@code lateness} how
   * late each timer fires.
   */
  public static QuartzTimers create(int threads, TimerLateness lateness) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "beacon-" + System.identityHashCode(p));
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    try {
      Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
      scheduler.getListenerManager().addTriggerListener(new LatenessListener(lateness));
      return new QuartzTimers(scheduler);
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not create the timer scheduler", e);
    }
  }

  /**
   * Starts waking {@code escalations}: rebuilds a trigger for every running timer in the store,
   * starts a sweep every {@code sweepEvery}, then starts the scheduler.
   */
  public void start(EscalationService escalations, Duration sweepEvery) {
    try {
      scheduler.getContext().put(SERVICE, escalations);
      for (EscalationState state : escalations.running()) {
        wakeAt(state.incident(), state.nextWake().orElseThrow());
      }
      JobDetail sweep = JobBuilder.newJob(SweepJob.class).withIdentity(SWEEP).build();
      Trigger every =
          TriggerBuilder.newTrigger()
              .forJob(sweep)
              .startAt(Date.from(Instant.now().plus(sweepEvery)))
              .withSchedule(
                  SimpleScheduleBuilder.simpleSchedule()
                      .withIntervalInMilliseconds(sweepEvery.toMillis())
                      .repeatForever()
                      .withMisfireHandlingInstructionNextWithRemainingCount())
              .build();
      scheduler.scheduleJob(sweep, Set.of(every), true);
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("could not start the timer scheduler", e);
    }
  }

  /**
   * Runs shift handovers at every coverage boundary: the next one is scheduled now, each run
   * re-arms the next, and the sweep also calls it (it is idempotent).
   */
  public void startHandovers(HandoverService handovers) {
    try {
      scheduler.getContext().put(HandoverJob.HANDOVERS, handovers);
      Optional<Instant> next = handovers.nextHandover();
      if (next.isPresent()) {
        HandoverJob.schedule(scheduler, handovers, next.get());
      }
    } catch (SchedulerException e) {
      // The sweep still runs handovers within their look-back.
      LOG.warn("could not schedule shift handovers: {}", e.toString());
    }
  }

  /**
   * Posts the weekly digest if it is due now, and has the sweep post it from then on (once a week;
   * see {@link dev.beacon.core.digest.WeeklyDigest}).
   */
  public void startDigest(dev.beacon.core.digest.WeeklyDigest digest) {
    try {
      scheduler.getContext().put(SweepJob.DIGEST, digest);
    } catch (SchedulerException e) {
      LOG.warn("could not start the weekly digest: {}", e.toString());
    }
    try {
      digest.post(); // at start too: a digest due while Beacon was down goes out now
    } catch (RuntimeException e) {
      LOG.warn("the weekly digest at start failed; the sweep tries again: {}", e.toString());
    }
  }

  /**
   * Queues the follow-up reminders due now, and has the sweep queue them from then on (at most
   * hourly; see {@link dev.beacon.core.review.FollowUpReminders}).
   */
  public void startFollowUpReminders(dev.beacon.core.review.FollowUpReminders reminders) {
    try {
      scheduler.getContext().put(SweepJob.REMINDERS, reminders);
    } catch (SchedulerException e) {
      LOG.warn("could not start follow-up reminders: {}", e.toString());
    }
    try {
      reminders.remind(); // at start too: what fell due while Beacon was down is not left a beat
    } catch (RuntimeException e) {
      LOG.warn("follow-up reminders at start failed; the sweep tries again: {}", e.toString());
    }
  }

  /**
   * When Quartz should fire a wake-up due at {@code at}: rounded up to its whole milliseconds, plus
   * {@link #EARLY_MARGIN_MS}, because Quartz fires a trigger once 2 ms or less remain; a wake-up
   * that came early would find nothing due and leave the escalation to the sweep.
   */
  static Date startOf(Instant at) {
    return Date.from(
        at.plusNanos(999_999).truncatedTo(ChronoUnit.MILLIS).plusMillis(EARLY_MARGIN_MS));
  }

  /** How much later than due a wake-up is armed, so that Quartz never fires it early. */
  static final long EARLY_MARGIN_MS = 3;

  @Override
  public void wakeAt(IncidentId incident, Instant at) {
    JobKey key = new JobKey("wake-" + incident.number(), "beacon");
    JobDetail job =
        JobBuilder.newJob(WakeJob.class)
            .withIdentity(key)
            .usingJobData(WakeJob.INCIDENT, incident.number())
            .build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .forJob(job)
            .usingJobData(LatenessListener.ARMED_AT, System.currentTimeMillis())
            .startAt(startOf(at))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build();
    try {
      scheduler.scheduleJob(job, Set.of(trigger), true);
    } catch (SchedulerException e) {
      // The store still holds the timer; the sweep will find it.
      LOG.warn("could not schedule a wake-up of {} at {}: {}", incident, at, e.toString());
    }
  }

  /** How many wake-ups are scheduled (for tests and health). */
  public int scheduled() {
    try {
      return scheduler
              .getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals("beacon"))
              .size()
          - 1;
    } catch (SchedulerException e) {
      return -1;
    }
  }

  /** True while the scheduler runs. */
  public boolean running() {
    try {
      return scheduler.isStarted() && !scheduler.isShutdown();
    } catch (SchedulerException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      LOG.warn("timer scheduler did not shut down cleanly: {}", e.toString());
    }
  }
}
