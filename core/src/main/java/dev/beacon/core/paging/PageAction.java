package dev.beacon.core.paging;

/** What a page asks of the paging tool: raise it, mark it acknowledged, or close it. */
public enum PageAction {
  /** Raise an alert for a person (or the team's service) to acknowledge. */
  TRIGGER,
  /** Someone acknowledged in Beacon: stop the tool's own notifications. */
  ACKNOWLEDGE,
  /** The incident is resolved: close the alert. */
  RESOLVE
}
