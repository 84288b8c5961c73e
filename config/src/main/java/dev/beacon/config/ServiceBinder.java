package dev.beacon.config;

/** Binds one entry of {@code services:}. */
final class ServiceBinder {

  static final String[] KEYS = {"id", "name", "owner", "tier", "runbook", "escalationPolicy"};

  private final References refs;

  ServiceBinder(References refs) {
    this.refs = refs;
  }

  ServiceConfig bind(Fields f) {
    String id = f.required("id", ScalarParsers::slug);
    if (id != null) {
      refs.define(References.SERVICE, id, f.line("id"), f.path("id"));
    }
    String name = f.optional("name", ScalarParsers::text).orElse(id);
    String owner = f.required("owner", ScalarParsers::text);
    if (owner != null) {
      refs.use(References.TEAM, owner, f.line("owner"), f.path("owner"));
    }
    Integer tier = f.required("tier", ScalarParsers::tier);
    var runbook = f.optional("runbook", ScalarParsers::httpUrl);
    var policy = f.optional("escalationPolicy", ScalarParsers::text);
    policy.ifPresent(
        p ->
            refs.use(References.POLICY, p, f.line("escalationPolicy"), f.path("escalationPolicy")));
    if (id == null || owner == null || tier == null) {
      return null;
    }
    return new ServiceConfig(id, name, owner, tier, runbook, policy);
  }
}
