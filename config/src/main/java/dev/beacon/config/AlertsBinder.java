package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import dev.beacon.core.alerts.AlertAction;
import dev.beacon.core.incident.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds {@code alerts:}. */
final class AlertsBinder {

  static final String[] KEYS = {
    "sources",
    "maxBodyBytes",
    "serviceLabel",
    "severityLabel",
    "severities",
    "defaultSeverity",
    "rules",
    "mitigateWhenResolved",
    "refireWindow",
    "storm"
  };

  private final References refs;

  AlertsBinder(References refs) {
    this.refs = refs;
  }

  AlertsConfig bind(Fields f) {
    AlertsConfig d = AlertsConfig.DEFAULTS;
    Map<String, AlertSourceConfig> sources = new LinkedHashMap<>();
    f.section("sources", AlertSourceConfig.NAMES.toArray(String[]::new))
        .ifPresent(
            s -> {
              for (String name : AlertSourceConfig.NAMES) {
                s.section(name, "tokenEnv", "hmacSecretEnv")
                    .ifPresent(
                        src ->
                            sources.put(
                                name,
                                new AlertSourceConfig(
                                    name,
                                    src.optional("tokenEnv", ScalarParsers::envName),
                                    src.optional("hmacSecretEnv", ScalarParsers::envName))));
              }
            });
    long maxBody =
        f.optional("maxBodyBytes", ScalarParsers::nonNegativeInt)
            .map(Integer::longValue)
            .orElse(d.maxBodyBytes());
    Map<String, Severity> severities = new LinkedHashMap<>(d.severities());
    List<YamlEntry> mapped = f.entriesOf("severities");
    if (!mapped.isEmpty()) {
      severities.clear();
      for (YamlEntry e : mapped) {
        f.parse(e.value(), f.path("severities") + "." + e.key(), Severity::parse)
            .ifPresent(s -> severities.put(e.key(), s));
      }
    }
    List<AlertRuleConfig> rules =
        f.list("rules", false, this::rule, "service", "severity", "action", "channel");
    Optional<Fields> storm = f.section("storm", "perSourcePerMinute", "newIncidentsPerMinute");
    return new AlertsConfig(
        sources,
        maxBody,
        f.optional("serviceLabel", ScalarParsers::text).orElse(d.serviceLabel()),
        f.optional("severityLabel", ScalarParsers::text).orElse(d.severityLabel()),
        severities,
        f.optional("defaultSeverity", Severity::parse).orElse(d.defaultSeverity()),
        rules,
        f.optional("mitigateWhenResolved", ScalarParsers::bool).orElse(d.mitigateWhenResolved()),
        f.optional("refireWindow", DurationText::parse).orElse(d.refireWindow()),
        storm
            .flatMap(s -> s.optional("perSourcePerMinute", ScalarParsers::nonNegativeInt))
            .orElse(d.perSourcePerMinute()),
        storm
            .flatMap(s -> s.optional("newIncidentsPerMinute", ScalarParsers::nonNegativeInt))
            .orElse(d.newIncidentsPerMinute()));
  }

  private AlertRuleConfig rule(Fields r) {
    Optional<String> service = r.optional("service", ScalarParsers::slug);
    service.ifPresent(s -> refs.use(References.SERVICE, s, r.line("service"), r.path("service")));
    AlertAction action = r.required("action", AlertAction::parse);
    Optional<String> channel = r.optional("channel", ScalarParsers::text);
    if (action == AlertAction.POST && channel.isEmpty()) {
      r.problem("channel", "a post rule needs the channel to post in (its name, without #)");
    } else if (action != null && action != AlertAction.POST && channel.isPresent()) {
      r.problem("channel", "only a post rule has a channel; remove it or use action: post");
    }
    return new AlertRuleConfig(
        service,
        r.optional("severity", Severity::parse),
        action == null ? AlertAction.INCIDENT : action,
        channel);
  }
}
