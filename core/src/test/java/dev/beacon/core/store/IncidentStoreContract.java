package dev.beacon.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Review;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.incident.StatusUpdate;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.Closed;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.RoleAssigned;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IncidentStore} must do. Each adapter's test extends this class and supplies a
 * fresh, empty store; {@link #reopen} gives the same data through a new instance where the adapter
 * persists (the in-memory store returns itself).
 */
public abstract class IncidentStoreContract {

  /** A new, empty store. */
  protected abstract IncidentStore newStore();

  /** The same data through a new store instance (after closing {@code store}) where possible. */
  protected abstract IncidentStore reopen(IncidentStore store);

  private final Actor alice = Actor.person("alice");
  private MutableClock clock;
  private IncidentStore store;

  @BeforeEach
  void openStore() {
    clock = MutableClock.at("2026-03-29T00:30:00Z");
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private IncidentService service() {
    return new IncidentService(store, TestCatalog.create(), clock);
  }

  @Test
  @DisplayName("an incident and its events read back exactly as written, after a reopen too")
  void roundTripsEveryFieldAndEvent() {
    IncidentService s = service();
    Incident declared =
        s.declare(
            new Declaration(
                "Payments API 5xx — ünïcödé 🚨",
                "Card payments fail",
                Severity.SEV2,
                List.of("payments-api", "nav-calculation"),
                "pune",
                true,
                true),
            alice);
    clock.advance(Duration.ofMinutes(3));
    s.acknowledge(declared.id(), Actor.person("wei"));
    s.assignRole(declared.id(), Role.SCRIBE, Actor.person("jan"), alice);
    s.changeSeverity(declared.id(), Severity.SEV1, "all cards failing", alice);
    s.postUpdate(declared.id(), new StatusUpdate("rolling back", "EU cards", "next in 15m"), alice);
    s.addNote(declared.id(), "line one\nline two", alice);
    s.mitigate(declared.id(), "", alice);
    s.resolve(declared.id(), "rolled back", alice);
    Incident closed =
        s.close(
            declared.id(),
            Review.of("EU card payments failed 20m", "bad deploy", List.of("canary", "alert")),
            alice);
    List<TimelineEvent> written = store.timeline(declared.id());

    store = reopen(store);

    assertThat(store.find(declared.id())).contains(closed);
    assertThat(store.timeline(declared.id())).isEqualTo(written);
    assertThat(written)
        .extracting(TimelineEvent::kind)
        .containsExactly(
            "declared",
            "role-assigned",
            "acknowledged",
            "role-assigned",
            "severity-changed",
            "status-posted",
            "note-added",
            "mitigated",
            "resolved",
            "closed");
    assertThat(written.get(0)).isInstanceOf(Declared.class);
    assertThat(((SeverityChanged) written.get(4)).reason()).isEqualTo("all cards failing");
    assertThat(((StatusPosted) written.get(5)).nextSteps()).isEqualTo("next in 15m");
    assertThat(((NoteAdded) written.get(6)).text()).isEqualTo("line one\nline two");
    assertThat(((RoleAssigned) written.get(3)).assignee()).isEqualTo(Actor.person("jan"));
    assertThat(((Closed) written.get(9)).review().followUps())
        .extracting(dev.beacon.core.incident.FollowUp::action)
        .containsExactly("canary", "alert");
    assertThat(closed.status()).isEqualTo(Status.CLOSED);
    assertThat(closed.createdAt()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(closed.updatedAt()).isEqualTo(Instant.parse("2026-03-29T00:33:00Z"));
  }

  @Test
  @DisplayName("incident numbers rise by one and are not reused after a reopen")
  void numbersAreMonotonicAcrossReopen() {
    IncidentService s = service();
    IncidentId first = s.declare(Declaration.of("one", Severity.SEV3), alice).id();
    IncidentId second = s.declare(Declaration.of("two", Severity.SEV3), alice).id();
    store = reopen(store);
    IncidentId third = service().declare(Declaration.of("three", Severity.SEV3), alice).id();

    assertThat(List.of(first, second, third))
        .containsExactly(new IncidentId(1), new IncidentId(2), new IncidentId(3));
  }

  @Test
  @DisplayName("a unit of work that fails leaves neither its incident change nor its events")
  void failedTransactionLeavesNothing() {
    IncidentService s = service();
    Incident incident = s.declare(Declaration.of("one", Severity.SEV3), alice);
    int before = store.timeline(incident.id()).size();

    assertThatThrownBy(
            () ->
                store.transact(
                    tx -> {
                      tx.update(incident.withStatus(Status.RESOLVED, clock.instant()));
                      tx.append(new NoteAdded(incident.id(), clock.instant(), alice, "half"));
                      throw new IllegalStateException("crash in the middle");
                    }))
        .hasMessageContaining("crash in the middle");

    assertThat(store.find(incident.id()).orElseThrow().status()).isEqualTo(Status.DECLARED);
    assertThat(store.timeline(incident.id())).hasSize(before);
  }

  @Test
  @DisplayName("recent lists the newest incidents first, up to the limit")
  void recentIsNewestFirst() {
    IncidentService s = service();
    for (int i = 1; i <= 4; i++) {
      s.declare(Declaration.of("incident " + i, Severity.SEV4), alice);
    }

    assertThat(store.recent(3)).extracting(i -> i.id().number()).containsExactly(4L, 3L, 2L);
  }

  @Test
  @DisplayName("open incidents are those not yet resolved, oldest first")
  void openIncidentsAreUnresolvedOnes() {
    IncidentService s = service();
    IncidentId one = s.declare(Declaration.of("one", Severity.SEV4), alice).id();
    IncidentId two = s.declare(Declaration.of("two", Severity.SEV4), alice).id();
    IncidentId three = s.declare(Declaration.of("three", Severity.SEV4), alice).id();
    s.acknowledge(one, alice);
    s.mitigate(three, "", alice);
    s.resolve(two, "", alice);

    assertThat(store.openIncidents()).extracting(Incident::id).containsExactly(one, three);
  }

  @Test
  @DisplayName("an unknown incident is simply absent, with an empty timeline")
  void unknownIncidentIsAbsent() {
    assertThat(store.find(new IncidentId(99))).isEmpty();
    assertThat(store.timeline(new IncidentId(99))).isEmpty();
  }

  @Test
  @DisplayName("timer state and outbox messages read back after a reopen; a key is enqueued once")
  void timersAndOutboxRoundTrip() {
    Incident incident = service().declare(Declaration.of("one", Severity.SEV2), alice);
    Instant now = clock.instant();
    dev.beacon.core.escalation.EscalationState running =
        new dev.beacon.core.escalation.EscalationState(
            incident.id(),
            "default",
            1,
            2,
            1,
            now.plusSeconds(300),
            now,
            now.plusSeconds(1800),
            true,
            null,
            3,
            "month-end");
    dev.beacon.core.outbox.OutboxMessage page =
        new dev.beacon.core.outbox.OutboxMessage(
            "INC-1/c1/L3/R1/wei",
            incident.id(),
            dev.beacon.core.outbox.OutboxMessage.Kind.PAGE,
            "wei",
            "Page: INC-1 — ünïcödé 🚨",
            now);
    dev.beacon.core.outbox.OutboxMessage notice =
        new dev.beacon.core.outbox.OutboxMessage(
            "INC-1/overdue/channel",
            incident.id(),
            dev.beacon.core.outbox.OutboxMessage.Kind.NOTICE,
            "channel",
            "Reminder",
            now);
    List<Boolean> added =
        store.transact(
            tx -> {
              tx.saveEscalation(running);
              return List.of(tx.enqueue(page), tx.enqueue(page), tx.enqueue(notice));
            });
    store.transact(
        tx -> {
          tx.markSent(page.key(), now.plusSeconds(1));
          return null;
        });

    store = reopen(store);

    assertThat(added).containsExactly(true, false, true);
    assertThat(store.runningTimers()).containsExactly(running);
    java.util.Optional<dev.beacon.core.escalation.EscalationState> read =
        store.transact(tx -> tx.escalation(incident.id()));
    assertThat(read).contains(running);
    assertThat(store.unsentMessages(10)).containsExactly(notice);
    assertThat(store.messages(incident.id()))
        .containsExactly(
            new IncidentStore.SentState(page, now.plusSeconds(1)),
            new IncidentStore.SentState(notice, null));
  }

  @Test
  @DisplayName("a timer state with no running timer is kept but not listed as running")
  void stoppedTimersAreNotRunning() {
    Incident incident = service().declare(Declaration.of("one", Severity.SEV2), alice);
    Instant now = clock.instant();
    store.transact(
        tx -> {
          tx.saveEscalation(
              new dev.beacon.core.escalation.EscalationState(
                  incident.id(), "default", 0, 0, 0, null, now, null, false, null, 0, ""));
          return null;
        });

    java.util.Optional<dev.beacon.core.escalation.EscalationState> read =
        store.transact(tx -> tx.escalation(incident.id()));
    assertThat(store.runningTimers()).isEmpty();
    assertThat(read).isPresent();
  }

  @Test
  @DisplayName("delivery state survives a reopen; only due, pending messages are handed out")
  void deliveryStateAndDueMessages() {
    Incident incident = service().declare(Declaration.of("one", Severity.SEV2), alice);
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    dev.beacon.core.outbox.OutboxMessage later =
        new dev.beacon.core.outbox.OutboxMessage(
            "k-later",
            incident.id(),
            dev.beacon.core.outbox.OutboxMessage.Kind.PAGE,
            "wei",
            "p",
            now);
    dev.beacon.core.outbox.OutboxMessage due =
        new dev.beacon.core.outbox.OutboxMessage(
            "k-due",
            incident.id(),
            dev.beacon.core.outbox.OutboxMessage.Kind.PAGE,
            "jan",
            "p",
            now);
    dev.beacon.core.outbox.DeliveryState retrying =
        new dev.beacon.core.outbox.DeliveryState(
            "k-later",
            dev.beacon.core.outbox.DeliveryState.Status.PENDING,
            1,
            3,
            now,
            now.plusSeconds(8),
            "pagerduty",
            "HTTP 503");
    store.transact(
        tx -> {
          tx.enqueue(later);
          tx.enqueue(due);
          tx.saveDelivery(retrying);
          return null;
        });

    store = reopen(store);

    assertThat(store.delivery("k-later")).contains(retrying);
    assertThat(store.delivery("k-due"))
        .contains(dev.beacon.core.outbox.DeliveryState.fresh("k-due"));
    assertThat(store.dueMessages(now.plusSeconds(7), 10)).containsExactly(due);
    assertThat(store.dueMessages(now.plusSeconds(8), 10)).containsExactly(later, due);
    store.transact(
        tx -> {
          tx.markSent("k-due", now);
          return null;
        });
    assertThat(store.delivery("k-due").orElseThrow().status())
        .isEqualTo(dev.beacon.core.outbox.DeliveryState.Status.SENT);
    assertThat(store.dueMessages(now.plusSeconds(60), 10)).containsExactly(later);
  }

  @Test
  @DisplayName("cancelling pending pages leaves sent ones and notices alone")
  void cancelPendingPages() {
    Incident incident = service().declare(Declaration.of("one", Severity.SEV2), alice);
    Instant now = Instant.parse("2026-11-24T10:00:00Z");
    var page = dev.beacon.core.outbox.OutboxMessage.Kind.PAGE;
    var notice = dev.beacon.core.outbox.OutboxMessage.Kind.NOTICE;
    int cancelled =
        store.transact(
            tx -> {
              tx.enqueue(
                  new dev.beacon.core.outbox.OutboxMessage(
                      "p1", incident.id(), page, "wei", "", now));
              tx.enqueue(
                  new dev.beacon.core.outbox.OutboxMessage(
                      "p2", incident.id(), page, "jan", "", now));
              tx.enqueue(
                  new dev.beacon.core.outbox.OutboxMessage(
                      "n1", incident.id(), notice, "channel", "", now));
              tx.markSent("p1", now);
              return tx.cancelPendingPages(incident.id());
            });

    store = reopen(store);

    assertThat(cancelled).isEqualTo(1);
    assertThat(store.delivery("p1").orElseThrow().status())
        .isEqualTo(dev.beacon.core.outbox.DeliveryState.Status.SENT);
    assertThat(store.delivery("p2").orElseThrow().status())
        .isEqualTo(dev.beacon.core.outbox.DeliveryState.Status.CANCELLED);
    assertThat(store.unsentMessages(10)).extracting(m -> m.key()).containsExactly("n1");
  }
}
