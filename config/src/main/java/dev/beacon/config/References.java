package dev.beacon.config;

import dev.beacon.core.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ids each section defines and the references other sections make to them, checked once the
 * whole file is read so that every duplicate and every dangling reference is reported.
 */
final class References {

  static final String SITE = "site";
  static final String TEAM = "team";
  static final String PERSON = "person";
  static final String SERVICE = "service";
  static final String POLICY = "escalation policy";
  static final String DUTY_MANAGER = "duty manager";

  private record Use(String kind, String id, int line, String path) {}

  private record AnyUse(String kind, int line, String path, String message) {}

  private final Problems problems;
  private final Map<String, Map<String, Located<String>>> defined = new HashMap<>();
  private final List<Use> uses = new ArrayList<>();
  private final List<AnyUse> anyUses = new ArrayList<>();

  References(Problems problems) {
    this.problems = problems;
  }

  /** Records an id; a second definition of the same id is a problem. */
  void define(String kind, String id, int line, String path) {
    Map<String, Located<String>> ids = defined.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    Located<String> first = ids.get(id);
    if (first != null) {
      problems.add(
          line,
          path,
          "duplicate " + kind + " id '" + id + "' (first defined at line " + first.line() + ")");
    } else {
      ids.put(id, new Located<>(id, line, path));
    }
  }

  void use(String kind, String id, int line, String path) {
    uses.add(new Use(kind, id, line, path));
  }

  /** Records that at least one id of {@code kind} must exist, or {@code message} is reported. */
  void useAny(String kind, int line, String path, String message) {
    anyUses.add(new AnyUse(kind, line, path, message));
  }

  Set<String> ids(String kind) {
    return defined.getOrDefault(kind, Map.of()).keySet();
  }

  Optional<Located<String>> definition(String kind, String id) {
    return Optional.ofNullable(defined.getOrDefault(kind, Map.of()).get(id));
  }

  /** Reports every reference to an id that no section defines. */
  void check() {
    for (Use use : uses) {
      Set<String> known = ids(use.kind());
      if (!known.contains(use.id())) {
        problems.add(use.line(), use.path(), undefined(use.kind(), use.id(), known));
      }
    }
    for (AnyUse use : anyUses) {
      if (ids(use.kind()).isEmpty()) {
        problems.add(use.line(), use.path(), use.message());
      }
    }
  }

  private static String undefined(String kind, String id, Set<String> known) {
    if (known.isEmpty()) {
      return kind + " '" + id + "' is not defined (none are defined)";
    }
    String hint = Suggestions.closest(id, known).map(k -> "did you mean '" + k + "'? ").orElse("");
    return kind
        + " '"
        + id
        + "' is not defined ("
        + hint
        + "known: "
        + String.join(", ", known.stream().sorted().toList())
        + ")";
  }
}
