package dev.beacon.bot.timers;

import dev.beacon.core.escalation.EscalationService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Re-derives wake-ups from the store and wakes whatever is overdue: what was missed is found. */
@DisallowConcurrentExecution
public final class SweepJob implements Job {

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
  }
}
