package dev.beacon.bot.cli;

import dev.beacon.bot.wiring.RoutingFactory;
import dev.beacon.commands.oncall.OnCallBoard;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.EscalationLevel;
import dev.beacon.config.EscalationPolicyConfig;
import dev.beacon.config.PersonConfig;
import dev.beacon.config.ServiceConfig;
import dev.beacon.config.TeamConfig;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Ownership;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code beacon oncall [--service S] [--at TIME]}: who is on call at each site of each team, and
 * who would be paged for a service, with the escalation chain resolved to people.
 */
@Command(
    name = "oncall",
    description = "Who is on call at each site, and who would be paged for a service.")
public final class OncallCommand implements Callable<Integer> {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--service", paramLabel = "S", description = "A service id, e.g. payments-api")
  String service;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description = "An ISO instant, e.g. 2027-03-28T01:30:00Z (default: now)")
  String at;

  /** The range of times Beacon reasons about (rotas and zones need real calendar dates). */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $BEACON_CONFIG, else the built-in example)")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant when;
    try {
      when = at == null ? Clock.systemUTC().instant() : Instant.parse(at.strip());
    } catch (DateTimeParseException e) {
      err.println("--at " + at + " is not an ISO instant; write e.g. 2027-03-28T01:30:00Z");
      return 2;
    }
    if (when.isBefore(EARLIEST) || when.isAfter(LATEST)) {
      err.println("--at " + at + " is out of range; give a time between 1970 and 9999.");
      return 2;
    }
    Optional<BeaconConfig> loaded = ConfigSource.load(configFile(config), err);
    if (loaded.isEmpty()) {
      return 1;
    }
    BeaconConfig cfg = loaded.get();
    OwnerResolver resolver = RoutingFactory.from(cfg);
    Ownership owner = null;
    if (service != null) {
      try {
        owner = resolver.resolve(service, when);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage()); // an unknown service: a usage error, like an unknown --team
        return 2;
      } catch (IllegalStateException e) {
        err.println(e.getMessage());
        return 1;
      }
    }
    out.println("On call at " + UTC.format(when));
    new OnCallBoard(resolver).lines(when).forEach(out::println);
    if (owner != null) {
      out.println();
      out.println(service + " would page:");
      out.println("  team:      " + owner.team());
      out.println("  site:      " + owner.site());
      out.println("  primary:   " + who(cfg, owner.primary()));
      out.println("  secondary: " + owner.secondary().map(p -> who(cfg, p)).orElse("none"));
      out.println("  why:       " + owner.reason());
      ServiceConfig svc = cfg.service(service).orElseThrow();
      EscalationPolicyConfig policy = cfg.escalationPolicyFor(svc);
      out.println(
          "  escalation policy "
              + policy.id()
              + (policy.repeat() > 0 ? " (levels repeat " + policy.repeat() + " more times)" : "")
              + ":");
      int n = 1;
      for (EscalationLevel level : policy.levels()) {
        out.println(
            "    "
                + n++
                + ". "
                + level.target()
                + " -> "
                + target(cfg, resolver, owner, level, when)
                + "; next level after "
                + level.timeout().toString().substring(2).toLowerCase(java.util.Locale.ROOT));
      }
    }
    out.flush();
    return 0;
  }

  /** {@code --config}, else {@code $BEACON_CONFIG}, else the built-in example. */
  static Optional<Path> configFile(Path given) {
    if (given != null) {
      return Optional.of(given);
    }
    return Optional.ofNullable(System.getenv("BEACON_CONFIG"))
        .filter(s -> !s.isBlank())
        .map(Path::of);
  }

  private static String target(
      BeaconConfig cfg,
      OwnerResolver resolver,
      Ownership owner,
      EscalationLevel level,
      Instant when) {
    return switch (level.target().kind()) {
      case ONCALL -> who(cfg, owner.primary());
      case PERSON -> who(cfg, level.target().ref());
      case TEAM_LEAD ->
          cfg.team(owner.team())
              .flatMap(TeamConfig::lead)
              .map(p -> who(cfg, p))
              .orElse("nobody (team " + owner.team() + " has no lead)");
      case DUTY_MANAGER -> dutyManagers(cfg, owner.site());
      case ROTA -> {
        try {
          yield who(cfg, resolver.resolveTeam(level.target().ref(), when).primary());
        } catch (IllegalArgumentException | IllegalStateException e) {
          yield "nobody (" + e.getMessage() + ")";
        }
      }
    };
  }

  /** The duty managers at the site on duty, else every duty manager. */
  private static String dutyManagers(BeaconConfig cfg, String site) {
    List<PersonConfig> all = cfg.people().stream().filter(PersonConfig::dutyManager).toList();
    List<PersonConfig> here = all.stream().filter(p -> p.site().equals(site)).toList();
    List<PersonConfig> chosen = here.isEmpty() ? all : here;
    if (chosen.isEmpty()) {
      return "nobody (no duty manager is configured)";
    }
    return chosen.stream().map(p -> who(cfg, p.id())).collect(Collectors.joining(", "));
  }

  private static String who(BeaconConfig cfg, String personId) {
    return cfg.person(personId)
        .map(p -> p.id() + " (" + p.name() + ", " + p.site() + ")")
        .orElse(personId);
  }
}
