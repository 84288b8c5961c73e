package dev.beacon.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds one entry of {@code teams:}. */
final class TeamBinder {

  static final String[] KEYS = {
    "id", "name", "lead", "escalationPolicy", "sites", "fallbackSite", "rotas"
  };

  private final References refs;

  TeamBinder(References refs) {
    this.refs = refs;
  }

  TeamConfig bind(Fields f) {
    String id = f.required("id", ScalarParsers::slug);
    if (id != null) {
      refs.define(References.TEAM, id, f.line("id"), f.path("id"));
    }
    String name = f.optional("name", ScalarParsers::text).orElse(id);
    var lead = f.optional("lead", ScalarParsers::text);
    lead.ifPresent(p -> refs.use(References.PERSON, p, f.line("lead"), f.path("lead")));
    var policy = f.optional("escalationPolicy", ScalarParsers::text);
    policy.ifPresent(
        p ->
            refs.use(References.POLICY, p, f.line("escalationPolicy"), f.path("escalationPolicy")));
    List<Located<String>> sites = f.scalars("sites", true, ScalarParsers::text);
    sites.forEach(s -> refs.use(References.SITE, s.value(), s.line(), s.path()));
    List<String> siteIds = sites.stream().map(Located::value).toList();
    Optional<String> fallback = f.optional("fallbackSite", ScalarParsers::text);
    fallback
        .filter(s -> !siteIds.isEmpty() && !siteIds.contains(s))
        .ifPresent(
            s ->
                f.problem(
                    "fallbackSite",
                    "site '"
                        + s
                        + "' is not one of this team's sites ("
                        + String.join(", ", siteIds)
                        + ")"));
    Map<String, RotaConfig> rotas = new RotaBinder(refs).bind(f, siteIds);
    if (!rotas.isEmpty() && !siteIds.isEmpty()) {
      String paged = fallback.orElse(siteIds.get(0));
      if (siteIds.contains(paged) && !rotas.containsKey(paged)) {
        f.problem(
            fallback.isPresent() ? "fallbackSite" : "rotas",
            "the fallback site '"
                + paged
                + "' (paged when no site covers"
                + (fallback.isPresent() ? "" : "; by default the first of sites")
                + ") has no rota; add rotas."
                + paged
                + " or name another fallbackSite");
      }
    }
    if (id == null) {
      return null;
    }
    return new TeamConfig(id, name, lead, policy, siteIds, fallback, rotas);
  }
}
