package dev.beacon.bot.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Lateness as Quartz really produces it: one thread, a job hogging it, and a one-shot wake-up with
 * the fire-now misfire policy that has to wait.
 */
@DisplayName("Timer lateness")
class LatenessListenerTest {

  static final CountDownLatch fired = new CountDownLatch(1);
  private final Map<String, Duration> measured = new ConcurrentHashMap<>();
  private Scheduler scheduler;

  /** Holds the only thread for 1.5 s. */
  public static final class Hog implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stands in for a wake-up. */
  public static final class Wake implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      fired.countDown();
    }
  }

  @BeforeEach
  void start() throws Exception {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "lateness-test");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", "1");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    scheduler = new StdSchedulerFactory(p).getScheduler();
    scheduler.getListenerManager().addTriggerListener(new LatenessListener(measured::put));
    scheduler.start();
  }

  @AfterEach
  void stop() throws Exception {
    scheduler.shutdown(true);
  }

  @Test
  @DisplayName("a wake-up that waited for a busy thread is reported as late as it was")
  void starvedWakeUpIsLate() throws Exception {
    Instant now = Instant.now();
    scheduler.scheduleJob(
        JobBuilder.newJob(Hog.class).withIdentity("sweep", "beacon").build(),
        TriggerBuilder.newTrigger().startNow().build());
    scheduler.scheduleJob(
        JobBuilder.newJob(Wake.class).withIdentity("wake-7", "beacon").build(),
        TriggerBuilder.newTrigger()
            .usingJobData(LatenessListener.ARMED_AT, now.toEpochMilli())
            .startAt(Date.from(now.plusMillis(100)))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build());

    assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();

    // Quartz's own scheduled fire time moved to when it noticed the misfire: it would say ~0.
    assertThat(measured.get("wake")).isBetween(Duration.ofMillis(1200), Duration.ofSeconds(5));
    assertThat(measured.get("sweep")).isLessThan(Duration.ofMillis(500));
  }

  @Test
  @DisplayName("a wake-up armed after it fell due (rebuilt at start-up) counts from when armed")
  void overdueWhenArmedCountsFromArming() {
    Instant now = Instant.now();
    org.quartz.Trigger rebuilt =
        TriggerBuilder.newTrigger()
            .forJob("wake-3", "beacon")
            .usingJobData(LatenessListener.ARMED_AT, now.toEpochMilli())
            .startAt(Date.from(now.minus(Duration.ofHours(2))))
            .build();
    org.quartz.Trigger legacy =
        TriggerBuilder.newTrigger()
            .forJob("wake-4", "beacon")
            .startAt(Date.from(now.minus(Duration.ofHours(2))))
            .build();

    assertThat(LatenessListener.due(rebuilt, null))
        .isEqualTo(now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(LatenessListener.due(legacy, null)).isBefore(now.minus(Duration.ofMinutes(119)));
    assertThat(LatenessListener.timer(rebuilt)).isEqualTo("wake");
  }
}
