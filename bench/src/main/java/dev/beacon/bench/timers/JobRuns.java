package dev.beacon.bench.timers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * Listens to Beacon's Quartz scheduler and notes when each job ran: every wake-up of an incident
 * ({@code wake-N}) and every sweep, from just before the job starts to just after it returns (for a
 * wake-up: after its transaction committed). Quick and never throws, as Quartz listeners must.
 */
final class JobRuns implements JobListener {

  /** One run of a job, real time. */
  record Run(Instant start, Instant end) {
    boolean covers(Instant at) {
      return !at.isBefore(start) && !at.isAfter(end);
    }
  }

  private static final String STARTED = "bench.started";

  private final Map<Long, List<Run>> wakeUps = new ConcurrentHashMap<>();
  private final List<Run> sweeps = Collections.synchronizedList(new ArrayList<>());

  private JobRuns() {}

  /** Starts listening to {@code scheduler}. */
  static JobRuns attach(Scheduler scheduler) throws SchedulerException {
    JobRuns runs = new JobRuns();
    scheduler.getListenerManager().addJobListener(runs);
    return runs;
  }

  /** Every wake-up of incident {@code number}, in order. */
  List<Run> wakeUps(long number) {
    List<Run> runs = wakeUps.getOrDefault(number, List.of());
    synchronized (runs) {
      return List.copyOf(runs);
    }
  }

  /** Every sweep so far. */
  List<Run> sweeps() {
    synchronized (sweeps) {
      return List.copyOf(sweeps);
    }
  }

  @Override
  public String getName() {
    return "bench-job-runs";
  }

  @Override
  public void jobToBeExecuted(JobExecutionContext context) {
    context.put(STARTED, Instant.now());
  }

  @Override
  public void jobExecutionVetoed(JobExecutionContext context) {}

  @Override
  public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
    Instant end = Instant.now();
    Object started = context.get(STARTED);
    if (!(started instanceof Instant start)) {
      return;
    }
    String name = context.getJobDetail().getKey().getName();
    if (name.startsWith("wake-")) {
      try {
        long number = Long.parseLong(name.substring("wake-".length()));
        wakeUps
            .computeIfAbsent(number, n -> Collections.synchronizedList(new ArrayList<>()))
            .add(new Run(start, end));
      } catch (NumberFormatException e) {
        // not an incident's wake-up
      }
    } else if (name.equals("sweep")) {
      sweeps.add(new Run(start, end));
    }
  }
}
