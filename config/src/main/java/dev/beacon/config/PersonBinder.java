package dev.beacon.config;

import dev.beacon.config.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds one entry of {@code people:}, including their chat id and contact methods. */
final class PersonBinder {

  static final String[] KEYS = {"id", "name", "site", "team", "chat", "contact", "dutyManager"};
  private static final String[] CONTACT_KEYS = {"type", "target"};

  private final References refs;
  private final IntegrationsConfig integrations;

  PersonBinder(References refs, IntegrationsConfig integrations) {
    this.refs = refs;
    this.integrations = integrations;
  }

  PersonConfig bind(Fields f) {
    String id = f.required("id", ScalarParsers::handle);
    if (id != null) {
      refs.define(References.PERSON, id, f.line("id"), f.path("id"));
    }
    String name = f.optional("name", ScalarParsers::text).orElse(id);
    String site = f.required("site", ScalarParsers::text);
    if (site != null) {
      refs.use(References.SITE, site, f.line("site"), f.path("site"));
    }
    String team = f.required("team", ScalarParsers::text);
    if (team != null) {
      refs.use(References.TEAM, team, f.line("team"), f.path("team"));
    }
    Optional<String> discord =
        f.section("chat", "discord").flatMap(c -> c.optional("discord", ScalarParsers::snowflake));
    List<ContactMethod> contact = new ArrayList<>();
    for (Located<YamlNode> item : f.items("contact", false)) {
      Fields.of(item.value(), item.path(), f.problems(), CONTACT_KEYS)
          .flatMap(c -> contactMethod(c, discord.isPresent()))
          .ifPresent(contact::add);
    }
    boolean dutyManager = f.optional("dutyManager", ScalarParsers::bool).orElse(false);
    if (dutyManager && id != null) {
      refs.define(References.DUTY_MANAGER, id, f.line(), f.path());
    }
    if (id == null || site == null || team == null) {
      return null;
    }
    return new PersonConfig(id, name, site, team, discord, contact, dutyManager);
  }

  private Optional<ContactMethod> contactMethod(Fields c, boolean hasDiscordId) {
    ContactType type = c.required("type", ContactType::parse);
    Optional<String> target = c.optional("target", ScalarParsers::text);
    if (type == null) {
      return Optional.empty();
    }
    if (type == ContactType.DISCORD_DM && target.isPresent()) {
      c.problem("target", "discord-dm takes no target; it messages the person's chat.discord id");
    }
    if (type == ContactType.DISCORD_DM && !hasDiscordId) {
      c.problem("type", "discord-dm needs the person's Discord id under chat: {discord: ...}");
    }
    if (!integrations.supports(type)) {
      c.problem(
          "type",
          type.label() + " is not configured; add it under integrations: or use another contact");
    }
    return Optional.of(new ContactMethod(type, target));
  }
}
