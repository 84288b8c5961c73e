package dev.beacon.commands.oncall;

import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.SiteOnCall;
import dev.beacon.core.routing.TeamRouting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The board of who is on call: each routed team, each of its sites, who holds the rota and why.
 * Shared by the chat command and the {@code beacon oncall} command line.
 */
public final class OnCallBoard {

  private final OwnerResolver resolver;

  /** Reads {@code resolver}. */
  public OnCallBoard(OwnerResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * One line per team and one per site, e.g. {@code * Warsaw (paged): alice, then jan. Warsaw
   * covers ...}.
   */
  public List<String> lines(Instant at) {
    return lines(at, team -> true);
  }

  /** As {@link #lines(Instant)}, for the teams {@code wanted} accepts. */
  public List<String> lines(Instant at, java.util.function.Predicate<String> wanted) {
    List<String> lines = new ArrayList<>();
    for (TeamRouting team : resolver.plan().teams()) {
      if (!wanted.test(team.team())) {
        continue;
      }
      lines.add("Team " + team.team() + ":");
      for (SiteOnCall site : resolver.onCall(team.team(), at)) {
        lines.add("  " + line(site));
      }
    }
    if (lines.isEmpty()) {
      lines.add("No team has a rota; add rotas to the teams in the configuration.");
    }
    return lines;
  }

  /** {@code Warsaw (paged): alice, then jan. <reason>}. */
  static String line(SiteOnCall site) {
    String who =
        site.primary()
            .map(p -> p + site.secondary().map(s -> ", then " + s).orElse(""))
            .orElse("nobody");
    String state =
        site.onDuty()
            ? site.covering() ? " (paged)" : " (paged as fallback)"
            : site.covering() ? " (covering)" : " (off)";
    return "* " + site.siteName() + state + ": " + who + ". " + site.reason();
  }
}
