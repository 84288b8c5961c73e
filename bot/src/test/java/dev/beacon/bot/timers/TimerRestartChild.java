package dev.beacon.bot.timers;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.core.escalation.EscalationEngine;
import dev.beacon.core.escalation.EscalationLevel;
import dev.beacon.core.escalation.EscalationPolicy;
import dev.beacon.core.escalation.EscalationReactions;
import dev.beacon.core.escalation.EscalationService;
import dev.beacon.core.escalation.HyperCareCalendar;
import dev.beacon.core.escalation.Recipient;
import dev.beacon.core.escalation.Responders;
import dev.beacon.core.escalation.Target;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.testing.TestCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The process {@link TimerRestartTest} stops: opens the store in {@code args[0]}, with {@code
 * declare N} first declares N incidents whose level 1 times out after {@code args[2]} ms, then runs
 * real Quartz timers until killed or told {@code stop} on stdin (a clean shutdown).
 */
public final class TimerRestartChild {

  private TimerRestartChild() {}

  /** {@code args}: data directory, number of incidents to declare (0: none), level-1 timeout ms. */
  public static void main(String[] args) throws Exception {
    SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(args[0]));
    EscalationPolicy policy =
        new EscalationPolicy(
            "restart-test",
            List.of(
                new EscalationLevel(
                    new Target(Target.Kind.ONCALL, ""), Duration.ofMillis(Long.parseLong(args[2]))),
                new EscalationLevel(new Target(Target.Kind.PERSON, "jan"), Duration.ofHours(1))),
            0,
            Set.of());
    Responders responders =
        (target, incident, at, both) ->
            List.of(
                new Recipient(
                    target.kind() == Target.Kind.PERSON ? target.ref() : "wei", "restart test"));
    EscalationEngine engine =
        new EscalationEngine(
            i -> policy, responders, HyperCareCalendar.none(), TestCatalog.create());
    Clock clock = Clock.systemUTC();
    QuartzTimers timers = QuartzTimers.create(2);
    IncidentService incidents =
        new IncidentService(
            store, TestCatalog.create(), clock, List.of(new EscalationReactions(engine, timers)));
    EscalationService escalations = new EscalationService(store, incidents, engine, timers, clock);
    int declare = Integer.parseInt(args[1]);
    for (int i = 0; i < declare; i++) {
      incidents.declare(
          Declaration.of("restart test " + i, Severity.SEV4), new Actor("system:restart-test"));
    }
    timers.start(escalations, Duration.ofSeconds(2));
    System.out.println("RUNNING");
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.equals("stop")) {
        break;
      }
    }
    timers.close();
    store.close();
    System.out.println("STOPPED");
    System.out.flush();
  }
}
