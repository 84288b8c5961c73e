package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import dev.beacon.config.yaml.YamlMapping;
import dev.beacon.config.yaml.YamlNode;
import dev.beacon.config.yaml.YamlScalar;
import dev.beacon.config.yaml.YamlSequence;
import dev.beacon.core.text.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one YAML mapping at a known path, recording a problem (with line and path) for
 * each unknown, duplicated, missing, mistyped or unparsable value instead of stopping.
 */
final class Fields {

  private static final List<String> SECRET_WORDS =
      List.of("token", "secret", "password", "apikey", "routingkey", "integrationkey");

  private final YamlMapping mapping;
  private final String path;
  private final Problems problems;
  private final Map<String, YamlEntry> entries = new LinkedHashMap<>();
  private final Set<String> refusedSecrets = new HashSet<>();

  private Fields(YamlMapping mapping, String path, Problems problems, List<String> known) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
    for (YamlEntry entry : mapping.entries()) {
      String key = entry.key();
      YamlEntry first = entries.get(key);
      if (first != null) {
        problems.add(
            entry.keyLine(),
            path(key),
            "duplicate key (first written at line " + first.keyLine() + ")");
      } else if (!known.contains(key) && isLiteralSecret(key)) {
        refusedSecrets.add(key);
        problems.add(
            entry.keyLine(),
            path(key),
            "secrets do not belong in the config file; put the secret in an environment variable"
                + " and name it with "
                + key
                + "Env");
      } else if (!known.contains(key)) {
        String hint =
            Suggestions.closest(key, known)
                .map(k -> "did you mean '" + k + "'?")
                .orElse("known: " + String.join(", ", known));
        problems.add(entry.keyLine(), path(key), "unknown key (" + hint + ")");
      } else {
        entries.put(key, entry);
      }
    }
  }

  /** Reads {@code node} as a mapping, or records why it is not one. */
  static Optional<Fields> of(YamlNode node, String path, Problems problems, String... known) {
    if (node instanceof YamlMapping m) {
      return Optional.of(new Fields(m, path, problems, Arrays.asList(known)));
    }
    problems.add(node.line(), path, "expected a mapping (key: value), found " + node.kind());
    return Optional.empty();
  }

  private static boolean isLiteralSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return !k.endsWith("env") && SECRET_WORDS.stream().anyMatch(k::endsWith);
  }

  Problems problems() {
    return problems;
  }

  /** The line of the mapping itself (its first key). */
  int line() {
    return mapping.line();
  }

  String path() {
    return path;
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The line of a key's value, or of the key when the value is empty, or of the mapping. */
  int line(String key) {
    YamlEntry entry = entries.get(key);
    if (entry == null) {
      return mapping.line();
    }
    return entry.value() instanceof YamlScalar s && s.isNull()
        ? entry.keyLine()
        : entry.value().line();
  }

  /** The value node of a key that is present and not null. */
  Optional<YamlNode> node(String key) {
    YamlEntry entry = entries.get(key);
    if (entry == null || entry.value() instanceof YamlScalar s && s.isNull()) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** A problem at {@code line} with the full {@code path} (for entries of data-keyed maps). */
  void problemAt(int line, String path, String message) {
    problems.add(line, path, message);
  }

  void problem(String key, String message) {
    problems.add(line(key), path(key), message);
  }

  <T> Optional<T> optional(String key, Function<String, T> parser) {
    return node(key).flatMap(n -> parse(n, path(key), parser));
  }

  /** The parsed value, or null after recording a problem when it is missing or invalid. */
  <T> T required(String key, Function<String, T> parser) {
    if (node(key).isEmpty()) {
      // "routingKey: <literal>" was already refused; "routingKeyEnv is required" would repeat it.
      boolean alreadyReported =
          key.endsWith("Env") && refusedSecrets.contains(key.substring(0, key.length() - 3));
      if (!alreadyReported) {
        problem(key, "is required");
      }
      return null;
    }
    return optional(key, parser).orElse(null);
  }

  <T> Optional<T> parse(YamlNode node, String at, Function<String, T> parser) {
    if (node instanceof YamlScalar scalar && scalar.isNull()) {
      problems.add(node.line(), at, "is empty; write a value");
      return Optional.empty();
    }
    if (!(node instanceof YamlScalar scalar)) {
      problems.add(node.line(), at, "expected a single value, found " + node.kind());
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parser.apply(scalar.text()));
    } catch (IllegalArgumentException e) {
      problems.add(node.line(), at, e.getMessage());
      return Optional.empty();
    }
  }

  /** The items of a list-valued key with their paths; records a problem if not a list. */
  List<Located<YamlNode>> items(String key, boolean required) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        problem(key, "is required; list at least one");
      }
      return List.of();
    }
    if (!(node.get() instanceof YamlSequence sequence)) {
      problem(key, "expected a list, found " + node.get().kind());
      return List.of();
    }
    if (required && sequence.items().isEmpty()) {
      problem(key, "is empty; list at least one");
    }
    List<Located<YamlNode>> items = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      YamlNode item = sequence.items().get(i);
      items.add(new Located<>(item, item.line(), path(key) + "[" + i + "]"));
    }
    return items;
  }

  /** A list of mappings, each bound by {@code binder}; items that fail to bind are left out. */
  <T> List<T> list(
      String key, boolean required, Function<Fields, T> binder, String... knownItemKeys) {
    List<T> bound = new ArrayList<>();
    for (Located<YamlNode> item : items(key, required)) {
      of(item.value(), item.path(), problems, knownItemKeys).map(binder).ifPresent(bound::add);
    }
    return bound;
  }

  /** A list of scalars, each parsed, with its line kept. */
  <T> List<Located<T>> scalars(String key, boolean required, Function<String, T> parser) {
    List<Located<T>> parsed = new ArrayList<>();
    for (Located<YamlNode> item : items(key, required)) {
      parse(item.value(), item.path(), parser)
          .ifPresent(v -> parsed.add(new Located<>(v, item.line(), item.path())));
    }
    return parsed;
  }

  /** A nested mapping, if present. */
  Optional<Fields> section(String key, String... known) {
    return node(key).flatMap(n -> of(n, path(key), problems, known));
  }

  /** The raw entries of a nested mapping whose keys are data (e.g. severities, roles). */
  List<YamlEntry> entriesOf(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof YamlMapping m)) {
      problem(key, "expected a mapping (key: value), found " + node.get().kind());
      return List.of();
    }
    return m.entries();
  }
}
