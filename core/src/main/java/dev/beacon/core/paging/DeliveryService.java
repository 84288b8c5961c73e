package dev.beacon.core.paging;

import dev.beacon.core.alerts.AlertNotice;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.outbox.Delivery;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.timeline.PageAttempted;
import dev.beacon.core.timeline.PageUndeliverable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends what the outbox holds, after the commits that decided it: pages through each person's
 * contact methods in order (falling through on a permanent refusal, or after the give-up horizon of
 * retries with backoff), notices through chat, and acknowledge/resolve updates to the vendors that
 * raised an alert. Network calls happen outside any transaction; each attempt's outcome and the new
 * delivery state commit together with a timeline event. A message is marked sent only after a
 * vendor accepted it, so a crash in between sends it again with the same keys.
 */
public final class DeliveryService {

  /** Most messages looked at per {@link #deliverDue()} round. */
  static final int BATCH = 100;

  private final IncidentStore store;
  private final Catalog catalog;
  private final ContactBook contacts;
  private final Map<String, Pager> pagers;
  private final Delivery chat;
  private final RetryPolicy policy;
  private final RateLimiter limiter;
  private final DoubleSupplier random;
  private final Clock clock;
  private final PageRequests requests;
  private final VendorUpdates updates;

  /** Delivery over {@code store}; {@code pagers} by their method; chat for notices and DMs. */
  public DeliveryService(
      IncidentStore store,
      Catalog catalog,
      ContactBook contacts,
      List<Pager> pagers,
      Delivery chat,
      RetryPolicy policy,
      RateLimiter limiter,
      DoubleSupplier random,
      Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.contacts = contacts;
    this.pagers =
        pagers.stream().collect(Collectors.toMap(Pager::method, Function.identity(), (a, b) -> a));
    this.chat = chat;
    this.policy = policy;
    this.limiter = limiter;
    this.random = random;
    this.clock = clock;
    this.requests = new PageRequests(catalog, id -> cycleOf(store, id));
    this.updates =
        new VendorUpdates(store, this.pagers, this::send, policy, limiter, random, clock);
  }

  /**
   * The dedup key a vendor sees for every page of {@code incident} in its {@code cycle}-th life (0
   * until it is first reopened): {@code beacon-INC-4}, then {@code beacon-INC-4.r1}, ... So a late
   * "resolved" from the vendor for an earlier life cannot resolve the reopened incident.
   */
  public static String dedupKey(Incident incident, int cycle) {
    return "beacon-" + incident.id() + (cycle == 0 ? "" : ".r" + cycle);
  }

  /** How many times the incident was reopened. */
  static int cycleOf(
      dev.beacon.core.store.IncidentStore store, dev.beacon.core.incident.IncidentId id) {
    return (int)
        store.timeline(id).stream()
            .filter(dev.beacon.core.timeline.Reopened.class::isInstance)
            .count();
  }

  /** The incident's pages, oldest first, each with how its delivery stands. */
  public List<PageStatus> pagesOf(dev.beacon.core.incident.IncidentId id) {
    List<PageStatus> out = new ArrayList<>();
    for (IncidentStore.SentState s : store.messages(id)) {
      if (s.message().kind() == OutboxMessage.Kind.PAGE) {
        store
            .delivery(s.message().key())
            .ifPresent(d -> out.add(new PageStatus(s.message(), d, s.sentAt())));
      }
    }
    return out;
  }

  /**
   * Sends every message that is due now, oldest first.
   *
   * @return how many attempts were made
   */
  public int deliverDue() {
    int attempts = 0;
    for (OutboxMessage m : store.dueMessages(clock.instant(), BATCH)) {
      attempts += deliver(m) ? 1 : 0;
    }
    return attempts;
  }

  private boolean deliver(OutboxMessage m) {
    Optional<DeliveryState> state = store.delivery(m.key());
    if (state.isEmpty() || state.get().status() != DeliveryState.Status.PENDING) {
      return false;
    }
    if (m.incident().isEmpty()) {
      return deliverAboutTopic(m, state.get());
    }
    Optional<Incident> found = store.find(m.incidentId());
    if (found.isEmpty()) {
      return false;
    }
    Incident incident = found.get();
    return switch (m.kind()) {
      case PAGE -> page(m, state.get(), c -> requests.build(PageAction.TRIGGER, m, incident, c));
      case NOTICE, ROOM -> notice(m, state.get());
      case SYNC ->
          updates.sync(
              m,
              state.get(),
              store.messages(incident.id()),
              (action, c) -> requests.build(action, m, incident, c));
    };
  }

  /**
   * A message about no incident: a notice to a channel or person, or the page (and later the
   * resolve) of an alert group that a rule pages about without an incident.
   */
  private boolean deliverAboutTopic(OutboxMessage m, DeliveryState state) {
    if (m.kind() == OutboxMessage.Kind.NOTICE) {
      return notice(m, state);
    }
    OptionalLong id = AlertNotice.idOf(m.topic());
    Optional<AlertNotice> about =
        id.isEmpty() || m.kind() == OutboxMessage.Kind.ROOM
            ? Optional.empty()
            : store.transact(tx -> tx.alerts().notice(id.getAsLong()));
    if (about.isEmpty()) {
      save(failed(withError(state, "nothing known about " + m.topic() + " to send")));
      return false;
    }
    AlertNotice notice = about.get();
    return m.kind() == OutboxMessage.Kind.PAGE
        ? page(m, state, c -> requests.build(PageAction.TRIGGER, m, notice, c))
        : updates.sync(
            m,
            state,
            store.messagesAbout(m.topic()),
            (action, c) -> requests.build(action, m, notice, c));
  }

  private boolean page(
      OutboxMessage m, DeliveryState state, Function<Contact, PageRequest> request) {
    List<Contact> methods = contacts.contactsOf(m.recipient());
    if (methods.isEmpty()) {
      methods = List.of(new Contact(Contact.CHAT, ""));
    }
    if (state.methodIndex() >= methods.size()) {
      save(failed(state));
      return false;
    }
    Contact contact = methods.get(state.methodIndex());
    Instant now = clock.instant();
    Optional<Instant> slot = limiter.reserve(contact.method(), now);
    if (slot.isPresent()) {
      save(withNext(state, slot.get()));
      return false;
    }
    PageRequest built = request.apply(contact);
    PageOutcome outcome =
        contact.method().equals(Contact.CHAT) ? chatPage(m, built) : send(contact, built);
    record(m, state, contact, methods.size(), outcome, now);
    return true;
  }

  /** A page as a direct message in chat (with buttons when it concerns an incident). */
  private PageOutcome chatPage(OutboxMessage m, PageRequest request) {
    try {
      chat.deliver(
          new OutboxMessage(
              request.idempotencyKey(),
              m.incident(),
              m.topic(),
              OutboxMessage.Kind.PAGE,
              request.person(),
              request.summary(),
              request.at()));
      return new PageOutcome.Accepted("");
    } catch (Delivery.DeliveryException e) {
      return new PageOutcome.RetryLater(e.getMessage(), Optional.empty());
    }
  }

  private PageOutcome send(Contact contact, PageRequest request) {
    Pager pager = pagers.get(contact.method());
    if (pager == null) {
      return new PageOutcome.Rejected(
          contact.method() + " is not configured (integrations." + contact.method() + ")");
    }
    try {
      return pager.send(request);
    } catch (RuntimeException e) {
      return new PageOutcome.RetryLater("unexpected failure: " + e, Optional.empty());
    }
  }

  /** Commits one attempt: the timeline event and the new delivery state, together. */
  private void record(
      OutboxMessage m,
      DeliveryState state,
      Contact contact,
      int methodCount,
      PageOutcome outcome,
      Instant now) {
    int attemptNo = contact.method().equals(state.method()) ? state.attempts() + 1 : 1;
    Instant since = attemptNo == 1 ? now : state.methodSince();
    store.transact(
        tx -> {
          DeliveryState current = tx.delivery(m.key()).orElseThrow();
          if (current.status() != DeliveryState.Status.PENDING) {
            return null; // someone else recorded it meanwhile
          }
          m.incident()
              .ifPresent(
                  incident ->
                      tx.append(
                          new PageAttempted(
                              incident,
                              now,
                              Actor.BEACON,
                              m.recipient(),
                              contact.method(),
                              attemptNo,
                              PageRequests.result(outcome),
                              PageRequests.detail(outcome))));
          DeliveryState next;
          if (outcome instanceof PageOutcome.Accepted) {
            next = sent(state, contact, attemptNo, since);
          } else if (outcome instanceof PageOutcome.RetryLater r
              && now.isBefore(since.plus(policy.giveUpAfter()))) {
            next =
                new DeliveryState(
                    m.key(),
                    DeliveryState.Status.PENDING,
                    state.methodIndex(),
                    attemptNo,
                    since,
                    earliest(
                        now.plus(policy.delay(attemptNo, r.retryAfter(), random.getAsDouble())),
                        since.plus(policy.giveUpAfter())),
                    contact.method(),
                    r.reason());
          } else {
            next = fallThrough(state, contact, PageRequests.detail(outcome), now);
          }
          if (next.status() == DeliveryState.Status.SENT) {
            tx.markSent(m.key(), now);
          }
          if (outcome instanceof PageOutcome.Rejected r && m.incident().isPresent()) {
            // A permanent refusal needs a person to fix something: say so where people look.
            tx.enqueue(
                new OutboxMessage(
                    m.key() + "/rejected/" + contact.method(),
                    m.incidentId(),
                    OutboxMessage.Kind.NOTICE,
                    OutboxMessage.CHANNEL,
                    contact.method()
                        + " refused the page to "
                        + m.recipient()
                        + ": "
                        + r.reason()
                        + (next.methodIndex() < methodCount
                            ? "; trying their next contact method."
                            : "."),
                    now));
          }
          if (next.methodIndex() >= methodCount
              && next.status() == DeliveryState.Status.PENDING
              && m.incident().isEmpty()) {
            next = failed(next); // no incident to note it in: the delivery state says why
          } else if (next.methodIndex() >= methodCount
              && next.status() == DeliveryState.Status.PENDING) {
            next = failed(next);
            tx.append(
                new PageUndeliverable(
                    m.incidentId(), now, Actor.BEACON, m.recipient(), next.lastError()));
            tx.enqueue(
                new OutboxMessage(
                    m.key() + "/undeliverable",
                    m.incidentId(),
                    OutboxMessage.Kind.NOTICE,
                    OutboxMessage.CHANNEL,
                    "Could not reach "
                        + m.recipient()
                        + " by any contact method ("
                        + next.lastError()
                        + "). Page someone else: /incident escalate "
                        + m.incidentId(),
                    now));
          }
          tx.saveDelivery(next);
          return null;
        });
  }

  /** The sooner of two instants: a retry never waits past the method's give-up horizon. */
  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static DeliveryState sent(DeliveryState s, Contact contact, int attempt, Instant since) {
    return new DeliveryState(
        s.key(),
        DeliveryState.Status.SENT,
        s.methodIndex(),
        attempt,
        since,
        null,
        contact.method(),
        "");
  }

  private static DeliveryState fallThrough(
      DeliveryState s, Contact contact, String reason, Instant now) {
    return new DeliveryState(
        s.key(),
        DeliveryState.Status.PENDING,
        s.methodIndex() + 1,
        0,
        null,
        null,
        "",
        contact.method() + ": " + reason);
  }

  private static DeliveryState failed(DeliveryState s) {
    return new DeliveryState(
        s.key(),
        DeliveryState.Status.FAILED,
        s.methodIndex(),
        s.attempts(),
        s.methodSince(),
        null,
        s.method(),
        s.lastError());
  }

  private static DeliveryState withError(DeliveryState s, String error) {
    return new DeliveryState(
        s.key(),
        s.status(),
        s.methodIndex(),
        s.attempts(),
        s.methodSince(),
        s.nextAttemptAt(),
        s.method(),
        error);
  }

  private static DeliveryState withNext(DeliveryState s, Instant next) {
    return new DeliveryState(
        s.key(),
        s.status(),
        s.methodIndex(),
        s.attempts(),
        s.methodSince(),
        next,
        s.method(),
        s.lastError());
  }

  private void save(DeliveryState state) {
    store.transact(
        tx -> {
          tx.saveDelivery(state);
          return null;
        });
  }

  /** A notice goes to chat; a failure is retried with backoff (no timeline noise). */
  private boolean notice(OutboxMessage m, DeliveryState state) {
    Instant now = clock.instant();
    try {
      chat.deliver(m);
      store.transact(
          tx -> {
            tx.markSent(m.key(), now);
            return null;
          });
    } catch (Delivery.DeliveryException e) {
      int attempt = state.attempts() + 1;
      save(
          new DeliveryState(
              m.key(),
              DeliveryState.Status.PENDING,
              0,
              attempt,
              state.methodSince() == null ? now : state.methodSince(),
              now.plus(policy.delay(attempt, Optional.empty(), random.getAsDouble())),
              Contact.CHAT,
              e.getMessage()));
    }
    return true;
  }
}
