package dev.beacon.core.paging;

/**
 * A way to reach a person: a paging vendor, a webhook, a chat DM. Implementations live in the
 * integrations and the deployable; core decides when to call them.
 */
public interface Pager {

  /** The contact method this pager serves: {@code pagerduty}, {@code opsgenie}, ... */
  String method();

  /**
   * Sends one request. Never throws for a vendor's or the network's failure: those are outcomes.
   */
  PageOutcome send(PageRequest request);
}
