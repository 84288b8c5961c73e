package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.EscalationLevel;
import dev.beacon.config.EscalationPolicyConfig;
import dev.beacon.config.HyperCareWindowConfig;
import dev.beacon.config.ServiceConfig;
import dev.beacon.core.escalation.EscalationPolicy;
import dev.beacon.core.escalation.HyperCareCalendar;
import dev.beacon.core.escalation.HyperCareWindow;
import dev.beacon.core.escalation.Target;
import dev.beacon.core.incident.Incident;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Hands escalation its part of the configuration: policies per incident and hyper-care windows. */
public final class EscalationFactory {

  private EscalationFactory() {}

  /**
   * The policy for an incident: that of its first service (the service's own, else its team's, else
   * {@code default}); for an incident with no service, {@code default}, else the first policy.
   */
  public static Function<Incident, EscalationPolicy> policies(BeaconConfig config) {
    return incident -> {
      Optional<ServiceConfig> service =
          incident.services().stream().map(config::service).flatMap(Optional::stream).findFirst();
      EscalationPolicyConfig chosen =
          service
              .map(config::escalationPolicyFor)
              .or(() -> config.escalationPolicy(BeaconConfig.DEFAULT_POLICY_ID))
              .orElse(config.escalationPolicies().get(0));
      return policy(chosen);
    };
  }

  /** One policy in core's terms. */
  static EscalationPolicy policy(EscalationPolicyConfig c) {
    List<dev.beacon.core.escalation.EscalationLevel> levels =
        c.levels().stream()
            .map(l -> new dev.beacon.core.escalation.EscalationLevel(target(l), l.timeout()))
            .toList();
    return new EscalationPolicy(c.id(), levels, c.repeat(), c.pageAllAtOnceFor());
  }

  private static Target target(EscalationLevel level) {
    return switch (level.target().kind()) {
      case ONCALL -> new Target(Target.Kind.ONCALL, "");
      case PERSON -> new Target(Target.Kind.PERSON, level.target().ref());
      case ROTA -> new Target(Target.Kind.ROTA, level.target().ref());
      case TEAM_LEAD -> new Target(Target.Kind.TEAM_LEAD, "");
      case DUTY_MANAGER -> new Target(Target.Kind.DUTY_MANAGER, "");
    };
  }

  /** The configured hyper-care windows. */
  public static HyperCareCalendar hyperCare(BeaconConfig config) {
    return new HyperCareCalendar(
        config.hyperCare().stream().map(EscalationFactory::window).toList());
  }

  private static HyperCareWindow window(HyperCareWindowConfig c) {
    return new HyperCareWindow(
        c.id(),
        new HashSet<>(c.services()),
        c.zone(),
        c.start().orElse(null),
        c.end().orElse(null),
        c.recurring().orElse(""),
        c.timeoutFactor());
  }
}
