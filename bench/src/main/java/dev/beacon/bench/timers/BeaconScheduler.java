package dev.beacon.bench.timers;

import java.util.List;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Beacon's own Quartz scheduler in this JVM, found through Quartz's scheduler repository (its name
 * starts with {@code beacon-}), so that a harness can listen to it and count its wake-ups without a
 * hook in Beacon.
 */
final class BeaconScheduler {

  private BeaconScheduler() {}

  /** The one Beacon scheduler in this JVM. */
  static Scheduler find() throws SchedulerException {
    List<Scheduler> found = new java.util.ArrayList<>();
    for (Scheduler s : SchedulerRepository.getInstance().lookupAll()) {
      if (s.getSchedulerName().startsWith("beacon-") && !s.isShutdown()) {
        found.add(s);
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException(
          "expected one Beacon scheduler in this JVM, found " + found.size());
    }
    return found.get(0);
  }

  /** How many incident wake-ups ({@code wake-N} jobs) the scheduler holds. */
  static long wakeUps(Scheduler scheduler) throws SchedulerException {
    return scheduler.getJobKeys(GroupMatcher.jobGroupEquals("beacon")).stream()
        .map(JobKey::getName)
        .filter(n -> n.startsWith("wake-"))
        .count();
  }
}
