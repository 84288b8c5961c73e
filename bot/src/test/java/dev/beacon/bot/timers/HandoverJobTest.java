package dev.beacon.bot.timers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.handover.HandoverService;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Rota;
import dev.beacon.core.routing.Rotation;
import dev.beacon.core.routing.RoutingPlan;
import dev.beacon.core.routing.RoutingSite;
import dev.beacon.core.routing.SiteCoverage;
import dev.beacon.core.routing.TeamRouting;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;

/**
 * The handover job with real Quartz (in memory): fired late, it hands over once and re-arms at the
 * next coverage boundary. The service runs on a mutable clock in 2036, so the re-armed trigger lies
 * in the real future and does not fire during the test.
 */
@DisplayName("Shift handover job, with real Quartz")
class HandoverJobTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private final MutableClock clock = MutableClock.at("2036-11-23T23:59:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final Catalog catalog = TestCatalog.create();
  private final HandoverService handovers =
      new HandoverService(store, catalog, new OwnerResolver(catalog, plan()), clock);
  private final CountDownLatch ran = new CountDownLatch(1);
  private Scheduler scheduler;

  @BeforeEach
  void startScheduler() throws Exception {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "handover-test-" + System.nanoTime());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", "1");
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    p.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
    scheduler = new StdSchedulerFactory(p).getScheduler();
    scheduler
        .getListenerManager()
        .addJobListener(
            new JobListenerSupport() {
              @Override
              public String getName() {
                return "handover-ran";
              }

              @Override
              public void jobWasExecuted(
                  JobExecutionContext context, JobExecutionException failure) {
                ran.countDown();
              }
            },
            KeyMatcher.keyEquals(HandoverJob.JOB));
    scheduler.start();
  }

  @AfterEach
  void stopScheduler() throws Exception {
    scheduler.shutdown(true);
  }

  @Test
  @DisplayName(
      "a trigger rebuilt late fires at once, hands Warsaw's open incident to Shanghai and re-arms"
          + " at Shanghai's end, 08:00 UTC")
  void lateTriggerHandsOverAndReArms() throws Exception {
    IncidentId id =
        new IncidentService(store, catalog, clock)
            .declare(
                Declaration.of("Payments API 5xx", Severity.SEV2, "payments-api"),
                Actor.person("alice"))
            .id();
    clock.set(Instant.parse("2036-11-24T00:00:00Z"));

    HandoverJob.schedule(scheduler, handovers, Instant.now().minusSeconds(60));

    assertThat(ran.await(5, TimeUnit.SECONDS)).as("the job ran").isTrue();
    assertThat(store.find(id).orElseThrow().site()).isEqualTo("shanghai");
    assertThat(store.messages(id))
        .extracting(IncidentStore.SentState::message)
        .filteredOn(m -> m.recipient().equals("wei"))
        .extracting(OutboxMessage::key)
        .containsExactly("handover/payments/warsaw/2036-11-24T00:00:00Z/summary");
    assertThat(HandoverJob.nextFire(scheduler)).contains(Instant.parse("2036-11-24T08:00:00Z"));
  }

  @Test
  @DisplayName("a failing handover is logged, not thrown, and the job still re-arms")
  void failureIsContainedAndTheJobReArms() throws Exception {
    clock.set(Instant.parse("2036-11-24T00:00:00Z"));
    store.close();

    HandoverJob.schedule(scheduler, handovers, Instant.now());

    assertThat(ran.await(5, TimeUnit.SECONDS)).as("the job ran").isTrue();
    assertThat(HandoverJob.nextFire(scheduler)).contains(Instant.parse("2036-11-24T08:00:00Z"));
  }

  /** Payments at Shanghai (wei) and Warsaw (alice), weekly rotas of one. */
  private static RoutingPlan plan() {
    return new RoutingPlan(
        List.of(
            new RoutingSite(
                "shanghai",
                "Shanghai",
                SiteCoverage.daily(SHANGHAI, LocalTime.parse("08:00"), LocalTime.parse("16:00"))),
            new RoutingSite(
                "warsaw",
                "Warsaw",
                SiteCoverage.daily(WARSAW, LocalTime.parse("17:00"), LocalTime.parse("01:00")))),
        List.of(
            new TeamRouting(
                "payments",
                List.of("shanghai", "warsaw"),
                Optional.empty(),
                Map.of("shanghai", rota(SHANGHAI, "wei"), "warsaw", rota(WARSAW, "alice")))));
  }

  private static Rota rota(ZoneId zone, String person) {
    return new Rota(
        List.of(
            new Rotation(
                "primary",
                7,
                LocalTime.parse("09:00"),
                LocalDate.parse("2026-01-05"),
                zone,
                List.of(person))),
        List.of());
  }
}
