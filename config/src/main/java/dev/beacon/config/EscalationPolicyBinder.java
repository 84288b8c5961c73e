package dev.beacon.config;

import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Binds one entry of {@code escalationPolicies:}. */
final class EscalationPolicyBinder {

  static final String[] KEYS = {"id", "levels", "repeat", "pageAllAtOnceFor"};
  private static final String[] LEVEL_KEYS = {"target", "timeout"};

  private final References refs;

  EscalationPolicyBinder(References refs) {
    this.refs = refs;
  }

  EscalationPolicyConfig bind(Fields f) {
    String id = f.required("id", ScalarParsers::slug);
    if (id != null) {
      refs.define(References.POLICY, id, f.line("id"), f.path("id"));
    }
    List<EscalationLevel> levels = f.list("levels", true, this::level, LEVEL_KEYS);
    int repeat = f.optional("repeat", ScalarParsers::nonNegativeInt).orElse(0);
    Set<Severity> allAtOnce = EnumSet.noneOf(Severity.class);
    f.scalars("pageAllAtOnceFor", false, Severity::parse).forEach(s -> allAtOnce.add(s.value()));
    if (id == null) {
      return null;
    }
    return new EscalationPolicyConfig(id, levels, repeat, allAtOnce);
  }

  private EscalationLevel level(Fields f) {
    EscalationTarget target = f.required("target", EscalationTarget::parse);
    Duration timeout = f.required("timeout", DurationText::parse);
    if (target == null || timeout == null) {
      return null;
    }
    int line = f.line("target");
    String path = f.path("target");
    switch (target.kind()) {
      case PERSON -> refs.use(References.PERSON, target.ref(), line, path);
      case ROTA -> refs.use(References.TEAM, target.ref(), line, path);
      case DUTY_MANAGER ->
          refs.useAny(
              References.DUTY_MANAGER,
              line,
              path,
              "duty-manager is a target but nobody is a duty manager; mark one with dutyManager: true");
      default -> {}
    }
    return new EscalationLevel(target, timeout);
  }
}
