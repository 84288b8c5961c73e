package dev.beacon.config;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Binds one entry of {@code hyperCare:}: a fixed or recurring window of tighter escalation. */
final class HyperCareBinder {

  static final String[] KEYS = {
    "id", "services", "zone", "start", "end", "recurring", "timeoutFactor"
  };
  static final double DEFAULT_TIMEOUT_FACTOR = 0.5;

  private final References refs;

  HyperCareBinder(References refs) {
    this.refs = refs;
  }

  HyperCareWindowConfig bind(Fields f) {
    String id = f.required("id", ScalarParsers::slug);
    if (id != null) {
      refs.define("hyper-care window", id, f.line("id"), f.path("id"));
    }
    List<Located<String>> services = f.scalars("services", true, ScalarParsers::text);
    services.forEach(s -> refs.use(References.SERVICE, s.value(), s.line(), s.path()));
    var zone = f.required("zone", ScalarParsers::zone);
    Optional<LocalDateTime> start = f.optional("start", ScalarParsers::dateTime);
    Optional<LocalDateTime> end = f.optional("end", ScalarParsers::dateTime);
    Optional<String> recurring =
        f.optional("recurring", t -> ScalarParsers.oneOf(t, HyperCareWindowConfig.RECURRING));
    double factor =
        f.optional("timeoutFactor", ScalarParsers::factor).orElse(DEFAULT_TIMEOUT_FACTOR);
    boolean fixed = f.node("start").isPresent() || f.node("end").isPresent();
    boolean repeating = f.node("recurring").isPresent();
    if (fixed && repeating) {
      f.problem("recurring", "give either start/end or recurring, not both");
    } else if (!fixed && !repeating) {
      f.problems()
          .add(
              f.line(),
              f.path(),
              "give either start and end, or recurring (month-end, quarter-end)");
    } else if (fixed) {
      if (f.node("start").isEmpty()) {
        f.problem("start", "is required with end");
      } else if (f.node("end").isEmpty()) {
        f.problem("end", "is required with start");
      } else if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
        f.problem("end", "must be after start (" + start.get() + ")");
      }
    }
    if (id == null || zone == null) {
      return null;
    }
    return new HyperCareWindowConfig(
        id, services.stream().map(Located::value).toList(), zone, start, end, recurring, factor);
  }
}
