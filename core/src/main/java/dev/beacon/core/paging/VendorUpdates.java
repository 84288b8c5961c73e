package dev.beacon.core.paging;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.timeline.PageAttempted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;

/**
 * Delivers acknowledge/resolve updates to the paging vendors: every vendor tried for the incident's
 * pages (one that never answered may still have raised an alert) hears of it, retried with backoff
 * until the give-up horizon, within the rate limit.
 */
final class VendorUpdates {

  private final IncidentStore store;
  private final Map<String, Pager> pagers;
  private final BiFunction<Contact, PageRequest, PageOutcome> send;
  private final RetryPolicy policy;
  private final RateLimiter limiter;
  private final DoubleSupplier random;
  private final Clock clock;

  VendorUpdates(
      IncidentStore store,
      Map<String, Pager> pagers,
      BiFunction<Contact, PageRequest, PageOutcome> send,
      RetryPolicy policy,
      RateLimiter limiter,
      DoubleSupplier random,
      Clock clock) {
    this.store = store;
    this.pagers = pagers;
    this.send = send;
    this.policy = policy;
    this.limiter = limiter;
    this.random = random;
    this.clock = clock;
  }

  /**
   * Tells every vendor tried for the pages among {@code related} (the incident's or topic's
   * messages) that it was acknowledged or resolved.
   */
  boolean sync(
      OutboxMessage m,
      DeliveryState state,
      java.util.List<IncidentStore.SentState> related,
      BiFunction<PageAction, Contact, PageRequest> build) {
    PageAction action = m.text().equals("resolve") ? PageAction.RESOLVE : PageAction.ACKNOWLEDGE;
    Set<String> vendors = new LinkedHashSet<>();
    for (IncidentStore.SentState s : related) {
      if (s.message().kind() == OutboxMessage.Kind.PAGE) {
        // Any vendor that was tried may have raised an alert (a lost answer, a late retry).
        store
            .delivery(s.message().key())
            .map(DeliveryState::method)
            .filter(pagers::containsKey)
            .ifPresent(vendors::add);
      }
    }
    Instant now = clock.instant();
    Map<String, PageOutcome> outcomes = new LinkedHashMap<>();
    for (String vendor : vendors) {
      Optional<Instant> slot = limiter.reserve(vendor, now);
      if (slot.isPresent()) {
        outcomes.put(
            vendor,
            new PageOutcome.RetryLater(
                "over the rate limit", Optional.of(Duration.between(now, slot.get()))));
        continue;
      }
      outcomes.put(
          vendor,
          send.apply(new Contact(vendor, ""), build.apply(action, new Contact(vendor, ""))));
    }
    Optional<Duration> retryAfter =
        outcomes.values().stream()
            .filter(PageOutcome.RetryLater.class::isInstance)
            .map(o -> ((PageOutcome.RetryLater) o).retryAfter())
            .flatMap(Optional::stream)
            .max(Duration::compareTo);
    Instant since = state.methodSince() == null ? now : state.methodSince();
    boolean retry = outcomes.values().stream().anyMatch(PageOutcome.RetryLater.class::isInstance);
    boolean giveUp = retry && !now.isBefore(since.plus(policy.giveUpAfter()));
    int attempt = state.attempts() + 1;
    store.transact(
        tx -> {
          outcomes.forEach(
              (vendor, o) ->
                  m.incident()
                      .ifPresent(
                          incident ->
                              tx.append(
                                  new PageAttempted(
                                      incident,
                                      now,
                                      Actor.BEACON,
                                      "",
                                      vendor,
                                      attempt,
                                      action.name().toLowerCase(java.util.Locale.ROOT)
                                          + " "
                                          + PageRequests.result(o),
                                      PageRequests.detail(o)))));
          if (giveUp) {
            tx.saveDelivery(
                new DeliveryState(
                    m.key(),
                    DeliveryState.Status.FAILED,
                    0,
                    attempt,
                    since,
                    null,
                    String.join(",", vendors),
                    "gave up after " + attempt + " attempts"));
          } else if (retry) {
            tx.saveDelivery(
                new DeliveryState(
                    m.key(),
                    DeliveryState.Status.PENDING,
                    0,
                    attempt,
                    since,
                    now.plus(policy.delay(attempt, retryAfter, random.getAsDouble())),
                    String.join(",", vendors),
                    "a vendor asked to retry"));
          } else {
            tx.markSent(m.key(), now);
          }
          return null;
        });
    return !vendors.isEmpty();
  }
}
