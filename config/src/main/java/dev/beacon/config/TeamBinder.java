package dev.beacon.config;

import java.util.List;

/** Binds one entry of {@code teams:}. */
final class TeamBinder {

  static final String[] KEYS = {"id", "name", "lead", "escalationPolicy", "sites"};

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
    if (id == null) {
      return null;
    }
    return new TeamConfig(id, name, lead, policy, sites.stream().map(Located::value).toList());
  }
}
