package dev.beacon.integrations.http;

import dev.beacon.core.paging.PageAction;
import java.util.Objects;

/**
 * A vendor told us someone acknowledged or resolved a page there.
 *
 * @param vendor {@code pagerduty} or {@code opsgenie}
 * @param dedupKey the key Beacon sent with the page (PagerDuty's incident key, Opsgenie's alias)
 * @param action {@link #ACKNOWLEDGE} or {@link #RESOLVE}
 * @param who the vendor's name for the person (or system) that acted
 */
public record InboundAck(String vendor, String dedupKey, String action, String who) {

  /** The page was acknowledged in the vendor's tool. */
  public static final String ACKNOWLEDGE = "acknowledge";

  /** The page was resolved (closed) in the vendor's tool. */
  public static final String RESOLVE = "resolve";

  /** Requires every field; the action must be one of the two constants. */
  public InboundAck {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(dedupKey, "dedupKey");
    Objects.requireNonNull(who, "who");
    if (!ACKNOWLEDGE.equals(action) && !RESOLVE.equals(action)) {
      throw new IllegalArgumentException(
          "action must be '" + ACKNOWLEDGE + "' or '" + RESOLVE + "', got " + action);
    }
  }

  /** The action as core's enum. */
  public PageAction pageAction() {
    return ACKNOWLEDGE.equals(action) ? PageAction.ACKNOWLEDGE : PageAction.RESOLVE;
  }
}
