package dev.beacon.bot.timers;

import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.incident.IncidentId;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wakes one incident: whatever is due is decided and committed; nothing else happens here. */
public final class WakeJob implements Job {

  static final String INCIDENT = "incident";
  private static final Logger LOG = LoggerFactory.getLogger(WakeJob.class);

  @Override
  public void execute(JobExecutionContext context) {
    long number = context.getMergedJobDataMap().getLong(INCIDENT);
    try {
      EscalationService escalations =
          (EscalationService) context.getScheduler().getContext().get(QuartzTimers.SERVICE);
      escalations.wake(new IncidentId(number));
    } catch (Exception e) {
      // The state is unchanged (the transaction rolled back); the sweep tries again.
      LOG.error("waking INC-{} failed; the sweep will retry", number, e);
    }
  }
}
