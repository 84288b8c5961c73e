package dev.beacon.bench.reliability;

import java.io.PrintStream;
import java.util.Collection;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.SchedulerRepository;
import org.quartz.listeners.JobListenerSupport;
import org.quartz.listeners.SchedulerListenerSupport;

/**
 * Watches Beacon's Quartz scheduler from outside, through Quartz's own listeners (no hook in
 * Beacon): prints {@code REARMED n millis} for each incident wake-up scheduled before the scheduler
 * started (the rebuild from the store at start-up), {@code ARMED n millis} for later ones, and
 * {@code WOKE n} when a wake-up has run. Attach after {@code Beacon.open} and before {@code start}.
 */
final class QuartzWatch {

  private static final String WAKE = "wake-";

  private QuartzWatch() {}

  /** Attaches to the one scheduler of this process; fails if there is not exactly one. */
  static void attach(PrintStream out) throws SchedulerException {
    Collection<Scheduler> all = SchedulerRepository.getInstance().lookupAll();
    if (all.size() != 1) {
      throw new IllegalStateException("expected one Quartz scheduler, found " + all.size());
    }
    Scheduler scheduler = all.iterator().next();
    scheduler
        .getListenerManager()
        .addSchedulerListener(
            new SchedulerListenerSupport() {
              @Override
              public void jobScheduled(Trigger trigger) {
                String name = trigger.getJobKey().getName();
                if (!name.startsWith(WAKE)) {
                  return;
                }
                boolean rebuilding;
                try {
                  rebuilding = !scheduler.isStarted();
                } catch (SchedulerException e) {
                  rebuilding = false;
                }
                out.println(
                    (rebuilding ? "REARMED " : "ARMED ")
                        + name.substring(WAKE.length())
                        + " "
                        + trigger.getStartTime().getTime());
              }
            });
    scheduler
        .getListenerManager()
        .addJobListener(
            new JobListenerSupport() {
              @Override
              public String getName() {
                return "drill-watch";
              }

              @Override
              public void jobWasExecuted(JobExecutionContext context, JobExecutionException e) {
                String name = context.getJobDetail().getKey().getName();
                if (name.startsWith(WAKE)) {
                  out.println("WOKE " + name.substring(WAKE.length()));
                }
              }
            });
  }
}
