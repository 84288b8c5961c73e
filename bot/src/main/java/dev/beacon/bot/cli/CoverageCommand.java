package dev.beacon.bot.cli;

import dev.beacon.bot.wiring.RoutingFactory;
import dev.beacon.config.BeaconConfig;
import dev.beacon.config.TeamConfig;
import dev.beacon.core.routing.CoverageReport;
import dev.beacon.core.routing.RoutingPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code beacon coverage [--days N] [--team T]}: walks the coming days and reports every gap and
 * overlap in the sites' coverage, and what each daylight-saving change does. Exits 1 when there is
 * a gap.
 */
@Command(
    name = "coverage",
    description =
        "Walk the coming days: every gap and overlap in coverage, and each clock change."
            + " Exits 1 when there is a gap.")
public final class CoverageCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "30",
      description = "How many days to walk (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--team", paramLabel = "T", description = "One team (default: every team)")
  String team;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description = "An ISO instant to start from (default: today 00:00 UTC)")
  String from;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $BEACON_CONFIG, else the built-in example)")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (days < 1 || days > 3660) {
      err.println("--days " + days + " is out of range; give 1 to 3660");
      return 2;
    }
    Instant start;
    try {
      start =
          from == null
              ? Clock.systemUTC()
                  .instant()
                  .atZone(ZoneOffset.UTC)
                  .toLocalDate()
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant()
              : Instant.parse(from.strip());
    } catch (DateTimeParseException e) {
      err.println("--from " + from + " is not an ISO instant; write e.g. 2027-03-01T00:00:00Z");
      return 2;
    }
    if (start.isBefore(OncallCommand.EARLIEST) || start.isAfter(OncallCommand.LATEST)) {
      err.println("--from " + from + " is out of range; give a time between 1970 and 9999.");
      return 2;
    }
    Optional<BeaconConfig> loaded = ConfigSource.load(OncallCommand.configFile(config), err);
    if (loaded.isEmpty()) {
      return 1;
    }
    BeaconConfig cfg = loaded.get();
    List<TeamConfig> teams = cfg.teams();
    if (team != null) {
      teams = teams.stream().filter(t -> t.id().equals(team)).toList();
      if (teams.isEmpty()) {
        err.println(
            "There is no team '"
                + team
                + "' (known: "
                + cfg.teams().stream().map(TeamConfig::id).collect(Collectors.joining(", "))
                + ")");
        return 2;
      }
    }
    RoutingPlan plan = RoutingFactory.plan(cfg);
    int teamsWithGaps = 0;
    for (TeamConfig t : teams) {
      if (plan.team(t.id()).isEmpty()) {
        out.println("Team " + t.id() + ": no rotas, so nobody is on call at any time");
        teamsWithGaps++;
      } else {
        CoverageReport report = CoverageReport.of(plan, t.id(), start, days);
        report.lines().forEach(out::println);
        if (report.hasGaps()) {
          teamsWithGaps++;
        }
      }
      out.println();
    }
    out.println(
        teamsWithGaps == 0
            ? "Full coverage for " + teams.size() + (teams.size() == 1 ? " team." : " teams.")
            : "Gaps in coverage for " + teamsWithGaps + " of " + teams.size() + " teams.");
    out.flush();
    return teamsWithGaps == 0 ? 0 : 1;
  }
}
