package dev.beacon.core.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which site owns the response to an incident on these services at this instant (follow the sun):
 * the deployable answers from routing; without it, the declarer's site is used.
 */
@FunctionalInterface
public interface SiteOnDuty {

  /** The owning site's id, if routing can tell. */
  Optional<String> siteFor(List<String> services, Instant at);

  /** No routing: the declarer's site decides. */
  SiteOnDuty NONE = (services, at) -> Optional.empty();
}
