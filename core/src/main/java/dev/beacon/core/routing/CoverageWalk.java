package dev.beacon.core.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Walks the sites' windows over a period and finds where none or several cover. */
final class CoverageWalk {

  private record SiteWindow(String site, CoverageWindow window) {}

  private CoverageWalk() {}

  /** The gaps and overlaps within {@code [start, end)}, in time order, adjacent ones merged. */
  static List<CoverageFinding> findings(List<RoutingSite> sites, Instant start, Instant end) {
    List<SiteWindow> windows = new ArrayList<>();
    TreeSet<Instant> points = new TreeSet<>(List.of(start, end));
    for (RoutingSite site : sites) {
      for (CoverageWindow w : site.coverage().windows(start, end)) {
        windows.add(new SiteWindow(site.id(), w));
        points.add(w.start().isBefore(start) ? start : w.start());
        points.add(w.end().isAfter(end) ? end : w.end());
      }
    }
    List<CoverageFinding> found = new ArrayList<>();
    Instant from = null;
    for (Instant to : points) {
      if (from != null && !to.isAfter(end)) {
        Instant segmentStart = from;
        List<String> covering = new ArrayList<>();
        for (RoutingSite site : sites) {
          boolean covers =
              windows.stream()
                  .anyMatch(
                      w ->
                          w.site().equals(site.id())
                              && !w.window().start().isAfter(segmentStart)
                              && !w.window().end().isBefore(to));
          if (covers) {
            covering.add(site.id());
          }
        }
        if (covering.size() != 1) {
          add(found, new CoverageFinding(covering.isEmpty(), covering, segmentStart, to));
        }
      }
      from = to;
    }
    return found;
  }

  private static void add(List<CoverageFinding> found, CoverageFinding next) {
    if (!found.isEmpty()) {
      CoverageFinding last = found.get(found.size() - 1);
      if (last.end().equals(next.start())
          && last.gap() == next.gap()
          && last.sites().equals(next.sites())) {
        found.set(
            found.size() - 1,
            new CoverageFinding(last.gap(), last.sites(), last.start(), next.end()));
        return;
      }
    }
    found.add(next);
  }
}
