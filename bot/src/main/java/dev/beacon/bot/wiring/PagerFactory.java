package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.IntegrationsConfig;
import dev.beacon.config.PagerDutyConfig;
import dev.beacon.config.SecretRef;
import dev.beacon.config.ServiceConfig;
import dev.beacon.core.paging.PageRequest;
import dev.beacon.core.paging.Pager;
import dev.beacon.integrations.opsgenie.OpsgeniePager;
import dev.beacon.integrations.pagerduty.PagerDutyPager;
import dev.beacon.integrations.webhook.WebhookPager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Builds the vendor pagers the configuration names, over one shared HTTP client. Secrets are read
 * from the environment when a page is sent, so a variable set (or fixed) later is picked up and a
 * missing one makes that method refuse, and the person's next method is tried.
 */
public final class PagerFactory {

  private PagerFactory() {}

  /** The configured pagers. */
  public static List<Pager> from(
      BeaconConfig config, OkHttpClient client, Map<String, String> env, Clock clock) {
    IntegrationsConfig integrations = config.integrations();
    List<Pager> pagers = new ArrayList<>();
    integrations
        .pagerDuty()
        .ifPresent(
            pd ->
                pagers.add(
                    new PagerDutyPager(
                        client, pd.baseUrl(), r -> routingKey(config, pd, r, env), "beacon")));
    integrations
        .opsgenie()
        .ifPresent(
            og ->
                pagers.add(
                    new OpsgeniePager(client, og.baseUrl(), () -> secret(og.apiKey(), env))));
    integrations
        .webhook()
        .ifPresent(
            wh ->
                pagers.add(
                    new WebhookPager(
                        client, wh.url(), () -> wh.secret().flatMap(s -> secret(s, env)), clock)));
    return pagers;
  }

  /**
   * The routing key for a page: that of the owning team of the incident's first service, else of
   * the incident's site, else the default.
   */
  static Optional<String> routingKey(
      BeaconConfig config, PagerDutyConfig pd, PageRequest request, Map<String, String> env) {
    Optional<String> team =
        Optional.ofNullable(request.details().get("services")).stream()
            .flatMap(s -> Arrays.stream(s.split(",")))
            .map(String::strip)
            .map(config::service)
            .flatMap(Optional::stream)
            .map(ServiceConfig::owner)
            .findFirst();
    Optional<String> site = Optional.ofNullable(request.details().get("site"));
    SecretRef ref =
        team.map(pd.routingKeys()::get)
            .or(() -> site.map(pd.routingKeys()::get))
            .orElse(pd.routingKey());
    return secret(ref, env);
  }

  private static Optional<String> secret(SecretRef ref, Map<String, String> env) {
    return Optional.ofNullable(env.get(ref.envName())).filter(v -> !v.isBlank());
  }
}
