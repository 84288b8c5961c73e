package dev.beacon.bot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Whether Beacon can do its job right now, for {@code /readyz}: what is not ready, or nothing. The
 * wiring supplies it from the parts it has (store, scheduler, chat).
 */
@FunctionalInterface
public interface Readiness {

  /** What is not ready, one short phrase each ({@code chat: not connected}); empty when ready. */
  List<String> problems();

  /**
   * One part to check.
   *
   * @param name what it is, e.g. {@code store}
   * @param ready asked at every probe; quick, and true when the part works
   * @param problem what to say when it is not, e.g. {@code not connected}
   */
  record Check(String name, BooleanSupplier ready, String problem) {}

  /** Ready when every check is; a check that throws is not ready, and says why. */
  static Readiness of(List<Check> checks) {
    List<Check> copy = List.copyOf(checks);
    return () -> {
      List<String> problems = new ArrayList<>();
      for (Check c : copy) {
        try {
          if (!c.ready().getAsBoolean()) {
            problems.add(c.name() + ": " + c.problem());
          }
        } catch (RuntimeException e) {
          problems.add(c.name() + ": " + e.getMessage());
        }
      }
      return problems;
    };
  }
}
