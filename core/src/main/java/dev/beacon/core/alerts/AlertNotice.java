package dev.beacon.core.alerts;

import dev.beacon.core.incident.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An alert group that a rule pages or posts about without declaring an incident: what was said, to
 * whom, and which of its alerts still fire. When the last one resolves, the page is resolved at the
 * vendors (or "resolved" is posted); when the group fires again afterwards it starts a new cycle,
 * which pages afresh under a new dedup key.
 *
 * @param id the store's number for it (0 until saved)
 * @param source the intake, e.g. {@code alertmanager}
 * @param groupKey the sender's group key
 * @param action {@link AlertAction#PAGE} or {@link AlertAction#POST}
 * @param target the person paged, or the channel posted to
 * @param severity the group's severity
 * @param title one line naming the alerts
 * @param summary what the person paged or the channel reads
 * @param services the services the alerts name
 * @param links runbook, dashboard and generator links
 * @param firing the fingerprints of the alerts that still fire
 * @param cycle how many times the group fired again after all its alerts resolved
 * @param openedAt when it was first received
 * @param changedAt when it last changed
 */
public record AlertNotice(
    long id,
    String source,
    String groupKey,
    AlertAction action,
    String target,
    Severity severity,
    String title,
    String summary,
    List<String> services,
    List<Link> links,
    Set<String> firing,
    int cycle,
    Instant openedAt,
    Instant changedAt) {

  /** Copies the collections. */
  public AlertNotice {
    services = List.copyOf(services);
    links = List.copyOf(links);
    firing = Set.copyOf(firing);
  }

  /** This notice as saved under {@code newId}. */
  public AlertNotice withId(long newId) {
    return new AlertNotice(
        newId, source, groupKey, action, target, severity, title, summary, services, links, firing,
        cycle, openedAt, changedAt);
  }

  /** This notice with {@code stillFiring} the alerts that fire, as of {@code at}. */
  public AlertNotice following(Set<String> stillFiring, Instant at) {
    return new AlertNotice(
        id,
        source,
        groupKey,
        action,
        target,
        severity,
        title,
        summary,
        services,
        links,
        stillFiring,
        cycle,
        openedAt,
        at);
  }

  /** The outbox topic of its messages: {@code alert-notice:<id>}. */
  public String topic() {
    return topic(id);
  }

  /** The outbox topic of notice {@code id}. */
  public static String topic(long id) {
    return TOPIC_PREFIX + id;
  }

  /** The notice id a topic names, if it names one. */
  public static java.util.OptionalLong idOf(String topic) {
    if (!topic.startsWith(TOPIC_PREFIX)) {
      return java.util.OptionalLong.empty();
    }
    try {
      return java.util.OptionalLong.of(Long.parseLong(topic.substring(TOPIC_PREFIX.length())));
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /**
   * The dedup key vendors see for this cycle's page: {@code beacon-alert-3}, then {@code
   * beacon-alert-3.r1}, ... (the same on every retry, so a vendor raises one alert per cycle).
   */
  public String dedupKey() {
    return "beacon-alert-" + id + (cycle == 0 ? "" : ".r" + cycle);
  }

  /** Whether none of its alerts fire. */
  public boolean resolved() {
    return firing.isEmpty();
  }

  private static final String TOPIC_PREFIX = "alert-notice:";

  /**
   * A link shown with the page or post.
   *
   * @param url where it points
   * @param label what it is, e.g. {@code Runbook}
   */
  public record Link(String url, String label) {}
}
