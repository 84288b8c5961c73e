package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.PersonConfig;
import dev.beacon.config.ServiceConfig;
import dev.beacon.config.TeamConfig;
import dev.beacon.core.escalation.Recipient;
import dev.beacon.core.escalation.Responders;
import dev.beacon.core.escalation.Target;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Ownership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns escalation targets into people from the configuration and follow-the-sun routing: the
 * on-call of the owning team's site on duty (with the secondary in hyper-care), a named person, a
 * team's on-call, the owning team's lead, the duty manager.
 */
public final class ConfiguredResponders implements Responders {

  private final BeaconConfig config;
  private final OwnerResolver routing;

  /** Responders from {@code config}, routed by {@code routing}. */
  public ConfiguredResponders(BeaconConfig config, OwnerResolver routing) {
    this.config = config;
    this.routing = routing;
  }

  @Override
  public List<Recipient> resolve(
      Target target, Incident incident, Instant at, boolean withSecondary) {
    try {
      return switch (target.kind()) {
        case ONCALL ->
            owningTeam(incident).map(t -> onCall(t, at, withSecondary)).orElse(List.of());
        case ROTA -> onCall(target.ref(), at, withSecondary);
        case PERSON -> List.of(new Recipient(target.ref(), "named in the escalation policy"));
        case TEAM_LEAD ->
            owningTeam(incident)
                .flatMap(config::team)
                .flatMap(TeamConfig::lead)
                .map(lead -> List.of(new Recipient(lead, "lead of the owning team")))
                .orElse(List.of());
        case DUTY_MANAGER ->
            config.people().stream()
                .filter(PersonConfig::dutyManager)
                .map(p -> new Recipient(p.id(), "duty manager"))
                .toList();
      };
    } catch (IllegalArgumentException | IllegalStateException e) {
      return List.of();
    }
  }

  private List<Recipient> onCall(String team, Instant at, boolean withSecondary) {
    Ownership owner = routing.resolveTeam(team, at);
    List<Recipient> out = new ArrayList<>();
    out.add(new Recipient(owner.primary(), "on call: " + owner.reason()));
    if (withSecondary) {
      owner
          .secondary()
          .filter(s -> !s.equals(owner.primary()))
          .ifPresent(s -> out.add(new Recipient(s, "secondary on call (hyper-care)")));
    }
    return out;
  }

  /**
   * The primary on call at {@code at} for the team owning the first catalogued of {@code services}
   * (else the first team): whom a page-only alert rule pages. Empty when nobody is.
   */
  public Optional<String> primaryOnCall(List<String> services, Instant at) {
    try {
      return owningTeam(services).map(team -> routing.resolveTeam(team, at).primary());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The team owning the incident's first catalogued service, else the first configured team. */
  private Optional<String> owningTeam(Incident incident) {
    return owningTeam(incident.services());
  }

  private Optional<String> owningTeam(List<String> services) {
    return services.stream()
        .map(config::service)
        .flatMap(Optional::stream)
        .map(ServiceConfig::owner)
        .findFirst()
        .or(() -> config.teams().stream().findFirst().map(TeamConfig::id));
  }
}
