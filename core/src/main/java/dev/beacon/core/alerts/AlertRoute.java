package dev.beacon.core.alerts;

import java.util.Objects;

/**
 * What a rule says to do with a new alert group: declare an incident, page the owning team's
 * on-call without one, or post to a chat channel.
 *
 * @param action what to do
 * @param channel the channel's name for {@link AlertAction#POST}; empty otherwise
 */
public record AlertRoute(AlertAction action, String channel) {

  /** Declare an incident: what alerts do when no rule says otherwise. */
  public static final AlertRoute INCIDENT = new AlertRoute(AlertAction.INCIDENT, "");

  /** Checks that a post names its channel. */
  public AlertRoute {
    Objects.requireNonNull(action, "action");
    channel = channel == null ? "" : channel.strip().replaceFirst("^#", "");
    if (action == AlertAction.POST && channel.isEmpty()) {
      throw new IllegalArgumentException("a post rule needs the channel to post in");
    }
  }
}
