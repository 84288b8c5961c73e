package dev.beacon.core.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who a page-only alert rule pages: the owning team's on-call person at the site on duty. */
@FunctionalInterface
public interface OnCallLookup {

  /**
   * The person on call at {@code at} for the team owning the first of {@code services} that Beacon
   * knows (else the first team); empty when nobody is.
   */
  Optional<String> onCall(List<String> services, Instant at);
}
