package dev.beacon.bot.wiring;

import com.sun.net.httpserver.HttpHandler;
import dev.beacon.bot.web.AlertHook;
import dev.beacon.bot.web.AlertParser;
import dev.beacon.bot.web.AlertSender;
import dev.beacon.bot.web.SenderAuth;
import dev.beacon.bot.web.WebhookCounters;
import dev.beacon.config.AlertSourceConfig;
import dev.beacon.config.AlertsConfig;
import dev.beacon.config.SecretRef;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert webhooks, {@code POST /hooks/alertmanager}, {@code /hooks/grafana} and {@code
 * /hooks/generic}, authenticated as {@code alerts.sources} says with secrets from the environment.
 */
final class AlertRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(AlertRoutes.class);

  private AlertRoutes() {}

  static Map<String, HttpHandler> of(
      AlertsConfig alerts,
      Map<String, String> env,
      AlertInput input,
      WebhookCounters counters,
      Clock clock) {
    Map<String, HttpHandler> routes = new LinkedHashMap<>();
    java.util.List<String> unusable = new java.util.ArrayList<>();
    for (AlertSender sender : AlertSender.values()) {
      Optional<AlertSourceConfig> source = alerts.source(sender.id());
      SenderAuth auth = auth(sender, source, env);
      if (source.isPresent() && auth.token().isEmpty() && auth.hmacSecret().isEmpty()) {
        unusable.add(sender.id() + " (" + names(source.get()) + ")");
      }
      routes.put(
          sender.path(),
          new AlertHook(
              auth, parser(sender, input), input.intake(), alerts.maxBodyBytes(), counters, clock));
    }
    if (!unusable.isEmpty()) {
      // One line, not one per variable: local mode's example configures every source.
      LOG.warn(
          "alert sources refusing every request until their variables are set: {}",
          String.join(", ", unusable));
    }
    return routes;
  }

  private static String names(AlertSourceConfig source) {
    java.util.List<String> names = new java.util.ArrayList<>();
    source.token().ifPresent(t -> names.add(t.envName()));
    source.hmac().ifPresent(h -> names.add(h.envName()));
    return String.join(" or ", names);
  }

  static SenderAuth auth(
      AlertSender sender, Optional<AlertSourceConfig> source, Map<String, String> env) {
    String where = "alerts.sources." + sender.id();
    SenderAuth auth =
        new SenderAuth(
            sender,
            source
                .flatMap(AlertSourceConfig::token)
                .flatMap(s -> secret(s, env, where + ".tokenEnv")),
            source
                .flatMap(AlertSourceConfig::hmac)
                .flatMap(s -> secret(s, env, where + ".hmacSecretEnv")));
    if (auth.token().isEmpty() && auth.hmacSecret().isEmpty()) {
      LOG.debug(
          "{} has no usable token or HMAC secret: {} refuses every request", where, sender.path());
    }
    return auth;
  }

  private static Optional<String> secret(SecretRef ref, Map<String, String> env, String key) {
    String value = env.get(ref.envName());
    if (value == null || value.isBlank()) {
      LOG.debug("{} names {}, which is not set; that credential is refused", key, ref.envName());
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static AlertParser parser(AlertSender sender, AlertInput input) {
    return switch (sender) {
      case ALERTMANAGER -> input.alertmanager();
      case GRAFANA -> input.grafana();
      case GENERIC -> input.generic();
    };
  }
}
