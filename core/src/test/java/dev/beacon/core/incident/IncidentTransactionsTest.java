package dev.beacon.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IncidentTransactions: one transaction per change, observers inside it")
class IncidentTransactionsTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final List<String> observed = new ArrayList<>();
  private final Actor alice = Actor.person("alice");
  private boolean observerFails;

  private final IncidentObserver recorder =
      (StoreTransaction tx, Incident incident, List<TimelineEvent> events, Instant now) -> {
        observed.add(incident.id() + " " + events.stream().map(TimelineEvent::kind).toList());
        if (observerFails) {
          throw new IllegalStateException("observer failed");
        }
      };

  private final IncidentTransactions transactions =
      new IncidentTransactions(store, clock, List.of(recorder));

  private IncidentId created() {
    return transactions
        .create(
            (tx, now) -> {
              Incident incident =
                  new Incident(
                      tx.nextIncidentId(),
                      "disk full",
                      "",
                      Severity.SEV3,
                      Status.DECLARED,
                      List.of(),
                      "",
                      Map.of(),
                      false,
                      false,
                      now,
                      now,
                      null);
              tx.insert(incident);
              return incident;
            })
        .id();
  }

  private IncidentTransactions.Change note(IncidentId id, String text) {
    return (tx, incident, now) -> {
      tx.append(new NoteAdded(id, now, alice, text));
      return incident.touched(now);
    };
  }

  @Test
  void observersSeeTheEventsTheChangeAppendedAndTheirWritesCommitWithIt() {
    IncidentId id = created();

    transactions.change(id, Action.ADD_NOTE, note(id, "db failover"));

    assertThat(observed).containsExactly("INC-1 []", "INC-1 [note-added]");
    assertThat(store.timeline(id)).extracting(TimelineEvent::kind).containsExactly("note-added");
  }

  @Test
  void aChangeTheStatusDoesNotAllowIsRefusedBeforeItRunsAndWritesNothing() {
    IncidentId id = created();
    observed.clear();

    assertThatThrownBy(() -> transactions.change(id, Action.CLOSE, note(id, "too early")))
        .isInstanceOf(IncidentException.class)
        .hasMessage(
            "INC-1 is declared, so you cannot close it; allowed now: ack, mitigate,"
                + " resolve, escalate, severity, update, role, note, join.");
    assertThat(observed).isEmpty();
    assertThat(store.timeline(id)).isEmpty();
  }

  @Test
  void whenAnObserverFailsTheChangeAndItsEventsAreNotKept() {
    IncidentId id = created();
    Incident before = store.find(id).orElseThrow();
    observerFails = true;
    clock.advance(Duration.ofMinutes(1));

    assertThatThrownBy(() -> transactions.change(id, Action.ADD_NOTE, note(id, "lost")))
        .hasMessage("observer failed");
    assertThat(store.timeline(id)).isEmpty();
    assertThat(store.find(id)).contains(before);
  }

  @Test
  void aConditionalChangeThatIsNotWantedWritesNothingAndWakesNoObserver() {
    IncidentId id = created();
    observed.clear();

    var skipped = transactions.changeIf(id, Action.ADD_NOTE, timeline -> false, note(id, "x"));
    var made = transactions.changeIf(id, Action.ADD_NOTE, List::isEmpty, note(id, "first"));
    var again = transactions.changeIf(id, Action.ADD_NOTE, List::isEmpty, note(id, "second"));

    assertThat(skipped).isEmpty();
    assertThat(made).isPresent();
    assertThat(again).isEmpty();
    assertThat(observed).containsExactly("INC-1 [note-added]");
    assertThat(store.timeline(id))
        .containsExactly(new NoteAdded(id, clock.instant(), alice, "first"));
  }

  @Test
  void aChangeToAMissingIncidentNamesTheOnesThatExist() {
    created();

    assertThatThrownBy(
            () ->
                transactions.change(
                    new IncidentId(7), Action.ADD_NOTE, note(new IncidentId(7), "x")))
        .hasMessage("There is no incident INC-7. Recent incidents: INC-1.");
  }
}
