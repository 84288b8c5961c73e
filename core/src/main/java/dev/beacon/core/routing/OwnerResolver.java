package dev.beacon.core.routing;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers "who owns service S at instant T": the owning team, then the first of its sites (in the
 * team's order) that covers T and has someone on call, else the team's fallback site, then that
 * site's rota. Every answer says why.
 */
public final class OwnerResolver {

  private final Catalog catalog;
  private final RoutingPlan plan;

  /** Routes the services of {@code catalog} with {@code plan}. */
  public OwnerResolver(Catalog catalog, RoutingPlan plan) {
    this.catalog = catalog;
    this.plan = plan;
  }

  /** The sites, teams and rotas this resolver routes with. */
  public RoutingPlan plan() {
    return plan;
  }

  /**
   * Who owns {@code serviceId} at {@code at}.
   *
   * @throws IllegalArgumentException for an unknown service, naming the known ones
   * @throws IllegalStateException when the owning team has nobody on call at any site
   */
  public Ownership resolve(String serviceId, Instant at) {
    ServiceInfo service =
        catalog
            .service(serviceId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown service '"
                            + serviceId
                            + "' (known: "
                            + catalog.services().stream()
                                .map(ServiceInfo::id)
                                .collect(Collectors.joining(", "))
                            + ")"));
    return pick(routing(service.owner()), serviceId, at);
  }

  /**
   * Who is on call for team {@code teamId} at {@code at}; the answer's service is empty.
   *
   * @throws IllegalArgumentException for an unknown team
   * @throws IllegalStateException when the team has nobody on call at any site
   */
  public Ownership resolveTeam(String teamId, Instant at) {
    return pick(routing(teamId), "", at);
  }

  /** Every site of team {@code teamId} at {@code at}, in the team's order. */
  public List<SiteOnCall> onCall(String teamId, Instant at) {
    TeamRouting team = routing(teamId);
    Optional<String> onDuty;
    try {
      onDuty = Optional.of(pick(team, "", at).site());
    } catch (IllegalStateException e) {
      onDuty = Optional.empty();
    }
    List<SiteOnCall> sites = new ArrayList<>();
    for (String id : team.sites()) {
      RoutingSite site = plan.requireSite(id);
      boolean covering = site.coverage().covers(at);
      String hours =
          covering
              ? site.name() + " covers " + site.coverage().describe()
              : site.name() + " is off (covers " + site.coverage().describe() + ")";
      Optional<Rota> rota = team.rota(id);
      if (rota.isEmpty()) {
        sites.add(
            new SiteOnCall(
                id,
                site.name(),
                covering,
                false,
                Optional.empty(),
                Optional.empty(),
                hours + "; no rota for team " + teamId));
        continue;
      }
      Duty duty = rota.get().dutyAt(at);
      sites.add(
          new SiteOnCall(
              id,
              site.name(),
              covering,
              onDuty.equals(Optional.of(id)),
              duty.primary(),
              duty.secondary(),
              hours + "; " + duty.reason()));
    }
    return sites;
  }

  private TeamRouting routing(String teamId) {
    if (catalog.team(teamId).isEmpty() && plan.team(teamId).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown team '"
              + teamId
              + "' (known: "
              + catalog.teams().stream().map(t -> t.id()).collect(Collectors.joining(", "))
              + ")");
    }
    return plan.team(teamId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "team '"
                        + teamId
                        + "' has no rota at any site, so nobody is on call; give it rotas in the"
                        + " configuration"));
  }

  private Ownership pick(TeamRouting team, String service, Instant at) {
    List<String> notes = new ArrayList<>();
    List<String> covering =
        team.sites().stream().filter(id -> plan.requireSite(id).coverage().covers(at)).toList();
    for (int i = 0; i < covering.size(); i++) {
      RoutingSite site = plan.requireSite(covering.get(i));
      String hours = site.name() + " covers " + site.coverage().describe();
      Optional<Rota> rota = team.rota(site.id());
      if (rota.isEmpty()) {
        notes.add(hours + " but has no rota for team " + team.team() + "; skipped");
        continue;
      }
      Duty duty = rota.get().dutyAt(at);
      if (duty.primary().isEmpty()) {
        notes.add(hours + " but nobody is on call there (" + duty.reason() + "); skipped");
        continue;
      }
      List<String> alsoCovering =
          covering.subList(i + 1, covering.size()).stream()
              .map(id -> plan.requireSite(id).name())
              .toList();
      String precedence =
          alsoCovering.isEmpty()
              ? ""
              : " (ahead of "
                  + String.join(" and ", alsoCovering)
                  + ", which also "
                  + (alsoCovering.size() == 1 ? "covers" : "cover")
                  + ")";
      return ownership(service, team, site, duty, notes, hours + precedence + "; " + duty.reason());
    }
    String why =
        covering.isEmpty()
            ? "no site covers " + TimeText.utc(at)
            : "no covering site has anyone on call";
    List<String> candidates = new ArrayList<>();
    candidates.add(team.fallback());
    team.sites().stream().filter(id -> !id.equals(team.fallback())).forEach(candidates::add);
    for (String id : candidates) {
      RoutingSite site = plan.requireSite(id);
      Optional<Rota> rota = team.rota(id);
      Optional<Duty> duty = rota.map(r -> r.dutyAt(at)).filter(d -> d.primary().isPresent());
      if (duty.isEmpty()) {
        notes.add(
            (id.equals(team.fallback()) ? "fallback " : "") + site.name() + " has nobody on call");
        continue;
      }
      String how = id.equals(team.fallback()) ? "fallback " : "next site with someone on call: ";
      return ownership(
          service,
          team,
          site,
          duty.get(),
          notes,
          why
              + "; "
              + how
              + site.name()
              + " (covers "
              + site.coverage().describe()
              + "); "
              + duty.get().reason());
    }
    throw new IllegalStateException(
        "nobody is on call for team "
            + team.team()
            + " at "
            + TimeText.utc(at)
            + ": "
            + String.join("; ", notes));
  }

  private static Ownership ownership(
      String service,
      TeamRouting team,
      RoutingSite site,
      Duty duty,
      List<String> notes,
      String reason) {
    List<String> parts = new ArrayList<>(notes);
    parts.add(reason);
    return new Ownership(
        service,
        team.team(),
        site.id(),
        duty.primary().orElseThrow(),
        duty.secondary(),
        String.join("; ", parts));
  }
}
