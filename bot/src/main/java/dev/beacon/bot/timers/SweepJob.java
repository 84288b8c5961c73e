package dev.beacon.bot.timers;

import dev.beacon.core.digest.WeeklyDigest;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.handover.HandoverService;
import dev.beacon.core.review.FollowUpReminders;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-derives wake-ups from the store and wakes whatever is overdue, runs any shift handover still
 * due within its look-back, and queues follow-up reminders and the weekly digest when due: what was
 * missed is found.
 */
@DisallowConcurrentExecution
public final class SweepJob implements Job {

  /** The scheduler-context key of the follow-up reminders. */
  public static final String REMINDERS = "follow-up-reminders";

  /** The scheduler-context key of the weekly digest. */
  public static final String DIGEST = "weekly-digest";

  private static final Logger LOG = LoggerFactory.getLogger(SweepJob.class);

  @Override
  public void execute(JobExecutionContext context) {
    try {
      EscalationService escalations =
          (EscalationService) context.getScheduler().getContext().get(QuartzTimers.SERVICE);
      int woken = escalations.sweep();
      if (woken > 0) {
        LOG.info("sweep woke {} overdue incidents", woken);
      }
    } catch (Exception e) {
      LOG.error("timer sweep failed; it runs again on its next beat", e);
    }
    try {
      Object handovers = context.getScheduler().getContext().get(HandoverJob.HANDOVERS);
      if (handovers instanceof HandoverService h) {
        h.handOver();
      }
    } catch (Exception e) {
      LOG.error("shift handover in the sweep failed; it runs again on its next beat", e);
    }
    try {
      Object reminders = context.getScheduler().getContext().get(REMINDERS);
      if (reminders instanceof FollowUpReminders r) {
        int sent = r.remind();
        if (sent > 0) {
          LOG.info("queued {} follow-up reminders", sent);
        }
      }
    } catch (Exception e) {
      LOG.error("follow-up reminders in the sweep failed; they run again on its next beat", e);
    }
    try {
      Object digest = context.getScheduler().getContext().get(DIGEST);
      if (digest instanceof WeeklyDigest d && d.post()) {
        LOG.info("queued the weekly digest");
      }
    } catch (Exception e) {
      LOG.error("the weekly digest in the sweep failed; it runs again on its next beat", e);
    }
  }
}
