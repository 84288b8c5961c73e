package dev.beacon.core.paging;

/**
 * One way to reach a person, in the order they prefer.
 *
 * @param method the pager's method: {@code chat}, {@code pagerduty}, {@code opsgenie}, {@code
 *     webhook}
 * @param target the method's target (vendor user, e-mail, recipient name), or empty
 */
public record Contact(String method, String target) {

  /** The method that reaches a person in chat (a direct message, or local mode's console). */
  public static final String CHAT = "chat";

  /** Normalises an absent target to empty. */
  public Contact {
    target = target == null ? "" : target;
  }
}
