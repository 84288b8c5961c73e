package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import dev.beacon.config.yaml.YamlMapping;
import dev.beacon.config.yaml.YamlScalar;
import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Binds {@code severities:}, a mapping from SEV1..SEV4 to each one's service levels. */
final class SeverityBinder {

  private static final String[] KEYS = {
    "ackWithin", "updateEvery", "resolveTarget", "stakeholderChannel"
  };

  Map<Severity, SeverityConfig> bind(Fields top) {
    Map<Severity, SeverityConfig> bound = new EnumMap<>(Severity.class);
    Set<Severity> written = EnumSet.noneOf(Severity.class);
    String path = top.path("severities");
    if (top.node("severities").isEmpty()) {
      top.problem("severities", "is required; give SLAs for " + Severity.names());
      return bound;
    }
    for (YamlEntry entry : top.entriesOf("severities")) {
      Severity severity;
      try {
        severity = Severity.parse(entry.key());
      } catch (IllegalArgumentException e) {
        top.problems().add(entry.keyLine(), path + "." + entry.key(), e.getMessage());
        continue;
      }
      written.add(severity);
      String at = path + "." + entry.key();
      if (entry.value() instanceof YamlScalar s && s.isNull()) {
        top.problems()
            .add(entry.keyLine(), at, "is empty; give ackWithin, updateEvery, resolveTarget");
        continue;
      }
      Fields.of(entry.value(), at, top.problems(), KEYS)
          .map(f -> sla(severity, f))
          .ifPresent(sla -> bound.put(severity, sla));
    }
    Set<Severity> missing = EnumSet.allOf(Severity.class);
    missing.removeAll(written);
    if (!missing.isEmpty() && top.node("severities").get() instanceof YamlMapping) {
      String names = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
      top.problem(
          "severities",
          names
              + (missing.size() == 1 ? " is" : " are")
              + " missing; every severity needs its SLAs");
    }
    return bound;
  }

  private static SeverityConfig sla(Severity severity, Fields f) {
    Duration ack = f.required("ackWithin", DurationText::parse);
    Duration update = f.required("updateEvery", DurationText::parse);
    Duration resolve = f.required("resolveTarget", DurationText::parse);
    var channel = f.optional("stakeholderChannel", ScalarParsers::text);
    if (ack == null || update == null || resolve == null) {
      return null;
    }
    if (resolve.compareTo(ack) < 0) {
      f.problem(
          "resolveTarget",
          "is shorter than ackWithin ("
              + DurationText.format(ack)
              + "); an incident cannot be resolved before it is acknowledged");
    }
    return new SeverityConfig(severity, ack, update, resolve, channel);
  }
}
