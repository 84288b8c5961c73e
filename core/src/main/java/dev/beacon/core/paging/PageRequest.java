package dev.beacon.core.paging;

import dev.beacon.core.incident.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request to a paging method, vendor-neutral. Pagers map it to their API and enforce their own
 * length limits.
 *
 * @param action trigger, acknowledge or resolve
 * @param dedupKey stable for the incident (and its reopen cycle), at most 255 characters; the same
 *     on every retry and after a crash, so the vendor drops duplicates
 * @param idempotencyKey the outbox message's key, unique per page
 * @param subject what the page is about: the incident ({@code INC-4}), or for an alert group paged
 *     without an incident, the group (e.g. {@code alertmanager: HighLatency})
 * @param severity its severity
 * @param title its title
 * @param summary one line for the person paged
 * @param person the id of the person paged (empty for acknowledge/resolve)
 * @param target the contact method's target: a vendor user, e-mail or recipient name; may be empty
 * @param details extra key/value pairs shown by the vendor
 * @param links links shown by the vendor
 * @param at when the page was decided
 */
public record PageRequest(
    PageAction action,
    String dedupKey,
    String idempotencyKey,
    String subject,
    Severity severity,
    String title,
    String summary,
    String person,
    String target,
    Map<String, String> details,
    List<PageLink> links,
    Instant at) {

  /** Copies collections and normalises absent text. */
  public PageRequest {
    person = person == null ? "" : person;
    target = target == null ? "" : target;
    details = Map.copyOf(details);
    links = List.copyOf(links);
  }
}
