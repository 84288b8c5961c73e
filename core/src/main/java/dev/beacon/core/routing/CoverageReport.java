package dev.beacon.core.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where one team's coverage has gaps (no site covers) and overlaps (several do) over a period, and
 * what each daylight-saving change in its sites' zones does to it. Only sites where the team has a
 * rota count. A gap or overlap that recurs daily is listed once with its first and last day; each
 * change of time or shape starts a new line, so none is hidden.
 *
 * @param team the team id
 * @param from the first instant walked
 * @param to the first instant after the period
 * @param gaps the gaps, grouped into daily series
 * @param overlaps the overlaps, grouped into daily series
 * @param clockChanges the daylight-saving transitions within the period
 * @param notes remarks such as sites skipped for want of a rota
 */
public record CoverageReport(
    String team,
    Instant from,
    Instant to,
    List<FindingSeries> gaps,
    List<FindingSeries> overlaps,
    List<ClockChange> clockChanges,
    List<String> notes) {

  private static final Duration DAY = Duration.ofDays(1);

  /** Copies the lists. */
  public CoverageReport {
    gaps = List.copyOf(gaps);
    overlaps = List.copyOf(overlaps);
    clockChanges = List.copyOf(clockChanges);
    notes = List.copyOf(notes);
  }

  /**
   * Walks {@code days} days from {@code from} for team {@code teamId}.
   *
   * @throws IllegalArgumentException when the plan has no routing for the team
   */
  public static CoverageReport of(RoutingPlan plan, String teamId, Instant from, int days) {
    TeamRouting team =
        plan.team(teamId)
            .orElseThrow(() -> new IllegalArgumentException("team '" + teamId + "' has no rotas"));
    List<String> notes = new ArrayList<>();
    List<RoutingSite> sites = new ArrayList<>();
    for (String id : team.sites()) {
      RoutingSite site = plan.requireSite(id);
      if (team.rota(id).isPresent()) {
        sites.add(site);
      } else {
        notes.add(site.name() + " has no rota for team " + teamId + " and is left out");
      }
    }
    Instant to = from.plus(Duration.ofDays(days));
    List<CoverageFinding> found = CoverageWalk.findings(sites, from, to);
    return new CoverageReport(
        teamId,
        from,
        to,
        series(found, CoverageFinding::gap, sites),
        series(found, f -> !f.gap(), sites),
        clockChanges(sites, from, to),
        notes);
  }

  /** Whether any instant of the period has no site. */
  public boolean hasGaps() {
    return !gaps.isEmpty();
  }

  /** The report as indented lines for a terminal. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Team "
            + team
            + ", "
            + TimeText.utc(from)
            + " to "
            + TimeText.utc(to)
            + " ("
            + plural(Duration.between(from, to).toDays(), "day")
            + "; dates are UTC):");
    notes.forEach(n -> lines.add("  note: " + n));
    section(lines, "Gaps", gaps);
    section(lines, "Overlaps", overlaps);
    if (clockChanges.isEmpty()) {
      lines.add("  Clock changes: none");
    } else {
      lines.add("  Clock changes (" + clockChanges.size() + "):");
      clockChanges.forEach(c -> lines.add("    - " + c.line()));
    }
    lines.add(
        hasGaps()
            ? "  Result: "
                + plural(gaps.stream().mapToInt(s -> s.occurrences().size()).sum(), "gap")
                + " in coverage"
            : "  Result: full coverage");
    return lines;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static void section(List<String> lines, String title, List<FindingSeries> series) {
    if (series.isEmpty()) {
      lines.add("  " + title + ": none");
      return;
    }
    lines.add("  " + title + " (" + series.size() + "):");
    series.forEach(s -> lines.add("    - " + s.line()));
  }

  private static List<FindingSeries> series(
      List<CoverageFinding> found, Predicate<CoverageFinding> wanted, List<RoutingSite> sites) {
    List<FindingSeries> series = new ArrayList<>();
    List<CoverageFinding> run = new ArrayList<>();
    String runDescription = null;
    for (CoverageFinding f : found) {
      if (!wanted.test(f)) {
        continue;
      }
      String description = describe(f, sites, true);
      boolean continues =
          !run.isEmpty()
              && description.equals(runDescription)
              && run.get(run.size() - 1).start().plus(DAY).equals(f.start());
      if (!continues && !run.isEmpty()) {
        series.add(new FindingSeries(runDescription, run));
        run = new ArrayList<>();
      }
      run.add(f);
      runDescription = description;
    }
    if (!run.isEmpty()) {
      series.add(new FindingSeries(runDescription, run));
    }
    return series;
  }

  /** {@code gap 23:00-00:00 UTC (Shanghai 07:00-08:00, ...)}; local times optional. */
  private static String describe(CoverageFinding f, List<RoutingSite> sites, boolean local) {
    List<RoutingSite> involved =
        f.gap() ? sites : sites.stream().filter(s -> f.sites().contains(s.id())).toList();
    String what =
        f.gap()
            ? "gap "
            : "overlap "
                + involved.stream().map(RoutingSite::name).collect(Collectors.joining(" and "))
                + " ";
    String utc = what + TimeText.span(f.start(), f.end(), ZoneOffset.UTC) + " UTC";
    if (!local || involved.isEmpty()) {
      return utc;
    }
    return utc
        + " ("
        + involved.stream()
            .map(s -> s.name() + " " + TimeText.span(f.start(), f.end(), s.coverage().zone()))
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static List<ClockChange> clockChanges(List<RoutingSite> sites, Instant from, Instant to) {
    Set<ZoneId> zones = new LinkedHashSet<>();
    sites.forEach(s -> zones.add(s.coverage().zone()));
    List<ClockChange> changes = new ArrayList<>();
    for (ZoneId zone : zones) {
      ZoneOffsetTransition t = zone.getRules().nextTransition(from.minusNanos(1));
      while (t != null && t.getInstant().isBefore(to)) {
        changes.add(
            new ClockChange(
                zone,
                t.getInstant(),
                t.getOffsetBefore(),
                t.getOffsetAfter(),
                effects(sites, zone, t.getInstant())));
        t = zone.getRules().nextTransition(t.getInstant());
      }
    }
    changes.sort((a, b) -> a.at().compareTo(b.at()));
    return changes;
  }

  private static List<String> effects(List<RoutingSite> sites, ZoneId zone, Instant at) {
    List<String> effects = new ArrayList<>();
    LocalDate day = at.atZone(zone).toLocalDate();
    for (RoutingSite site : sites) {
      if (!site.coverage().zone().equals(zone)) {
        continue;
      }
      Optional<CoverageWindow> before = nearestWindow(site, day.minusDays(1), -1);
      Optional<CoverageWindow> after = nearestWindow(site, day.plusDays(1), 1);
      if (before.isPresent() && after.isPresent()) {
        effects.add(
            site.name()
                + " now covers "
                + TimeText.span(after.get().start(), after.get().end(), ZoneOffset.UTC)
                + " UTC (was "
                + TimeText.span(before.get().start(), before.get().end(), ZoneOffset.UTC)
                + " UTC)");
      }
    }
    // The same weekday a week either side, so working days compare like with like.
    Set<String> was = dailyShape(sites, at.minus(Duration.ofDays(7)));
    Set<String> now = dailyShape(sites, at.plus(Duration.ofDays(7)));
    now.stream().filter(s -> !was.contains(s)).forEach(s -> effects.add(s + " opens"));
    was.stream().filter(s -> !now.contains(s)).forEach(s -> effects.add(s + " closes"));
    if (effects.isEmpty()) {
      effects.add("no change to the coverage");
    }
    return effects;
  }

  private static Optional<CoverageWindow> nearestWindow(RoutingSite site, LocalDate day, int step) {
    for (int i = 0; i < 7; i++) {
      Optional<CoverageWindow> w = site.coverage().windowOn(day.plusDays((long) i * step));
      if (w.isPresent()) {
        return w;
      }
    }
    return Optional.empty();
  }

  /** The gaps and overlaps starting on the UTC day of {@code at}, by UTC time of day. */
  private static Set<String> dailyShape(List<RoutingSite> sites, Instant at) {
    Instant dayStart =
        at.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    Set<String> shape = new LinkedHashSet<>();
    for (CoverageFinding f :
        CoverageWalk.findings(sites, dayStart.minus(DAY), dayStart.plus(DAY.multipliedBy(2)))) {
      if (!f.start().isBefore(dayStart) && f.start().isBefore(dayStart.plus(DAY))) {
        shape.add(describe(f, sites, false));
      }
    }
    return shape;
  }
}
