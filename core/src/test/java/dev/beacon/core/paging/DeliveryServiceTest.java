package dev.beacon.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Delivering pages: retries, fall-through, vendor updates, rate limits")
class DeliveryServiceTest {

  /** Backoff 1 s doubling to 5 min, +-20%, fall through after 5 min: the numbers below use it. */
  private static final RetryPolicy POLICY =
      new RetryPolicy(
          java.time.Duration.ofSeconds(1),
          java.time.Duration.ofMinutes(5),
          0.2,
          java.time.Duration.ofMinutes(5));

  /** A pager that answers from a script and records what it was asked, with when. */
  static final class ScriptedPager implements Pager {
    final String method;
    final Deque<PageOutcome> script = new ArrayDeque<>();
    final List<PageRequest> requests = new ArrayList<>();
    final List<Instant> times = new ArrayList<>();
    final MutableClock clock;
    Instant unavailableUntil = Instant.MIN;

    ScriptedPager(String method, MutableClock clock) {
      this.method = method;
      this.clock = clock;
    }

    ScriptedPager answer(PageOutcome... outcomes) {
      script.addAll(List.of(outcomes));
      return this;
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public PageOutcome send(PageRequest request) {
      requests.add(request);
      times.add(clock.instant());
      if (clock.instant().isBefore(unavailableUntil)) {
        return new PageOutcome.RetryLater("HTTP 503", Optional.empty());
      }
      return script.isEmpty() ? new PageOutcome.Accepted("ok") : script.poll();
    }
  }

  private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final ScriptedPager pagerDuty = new ScriptedPager("pagerduty", clock);
  private final ScriptedPager opsgenie = new ScriptedPager("opsgenie", clock);
  private final List<OutboxMessage> chat = new ArrayList<>();
  private final Map<String, List<Contact>> book =
      Map.of(
          "wei",
          List.of(new Contact("pagerduty", "PWEI"), new Contact("opsgenie", "wei@example.com")),
          "jan",
          List.of(new Contact("pagerduty", "PJAN")));
  private final IncidentService incidents =
      new IncidentService(store, TestCatalog.create(), clock, List.of(new VendorSync()));
  private DeliveryService delivery = delivery(new RateLimiter(120, Duration.ofMinutes(1)));

  private DeliveryService delivery(RateLimiter limiter) {
    return new DeliveryService(
        store,
        TestCatalog.create(),
        person -> book.getOrDefault(person, List.of()),
        List.of(pagerDuty, opsgenie),
        chat::add,
        POLICY,
        limiter,
        () -> 0.5,
        clock);
  }

  private IncidentId incidentWithPageTo(String person) {
    IncidentId id =
        incidents
            .declare(
                Declaration.of("Payments API 5xx", Severity.SEV1, "payments-api"),
                Actor.person("alice"))
            .id();
    store.transact(
        tx ->
            tx.enqueue(
                new OutboxMessage(
                    "INC-1/c0/L1/R0/" + person,
                    id,
                    OutboxMessage.Kind.PAGE,
                    person,
                    "Page: INC-1 SEV1 Payments API 5xx",
                    clock.instant())));
    return id;
  }

  /** Runs delivery every second for {@code duration}, as the dispatcher's beat would. */
  private void run(Duration duration) {
    Instant end = clock.instant().plus(duration);
    while (!clock.instant().isAfter(end)) {
      delivery.deliverDue();
      clock.advance(Duration.ofSeconds(1));
    }
  }

  private List<String> attempts(IncidentId id) {
    return store.timeline(id).stream()
        .map(TimelineEvent::describe)
        .filter(d -> d.contains(" via "))
        .toList();
  }

  @Test
  @DisplayName("a page goes to the first contact method with the incident's stable dedup key")
  void firstMethodGetsTheTrigger() {
    IncidentId id = incidentWithPageTo("wei");

    delivery.deliverDue();

    assertThat(pagerDuty.requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.action()).isEqualTo(PageAction.TRIGGER);
              assertThat(r.dedupKey()).isEqualTo("beacon-INC-1");
              assertThat(r.target()).isEqualTo("PWEI");
              assertThat(r.severity()).isEqualTo(Severity.SEV1);
              assertThat(r.links())
                  .extracting(PageLink::href)
                  .containsExactly("https://wiki.example.com/runbooks/payments-api");
            });
    assertThat(store.delivery("INC-1/c0/L1/R0/wei").orElseThrow().status())
        .isEqualTo(DeliveryState.Status.SENT);
    assertThat(attempts(id))
        .containsExactly("page to wei via pagerduty (attempt 1): accepted — ok");
  }

  @Test
  @DisplayName(
      "503 for two minutes, then 202: retried with backoff, delivered once, each attempt recorded")
  void retriesWithBackoffUntilTheVendorRecovers() {
    IncidentId id = incidentWithPageTo("wei");
    pagerDuty.unavailableUntil = clock.instant().plus(Duration.ofMinutes(2));

    run(Duration.ofMinutes(4));

    assertThat(pagerDuty.times)
        .extracting(t -> Duration.between(Instant.parse("2026-11-24T10:00:00Z"), t).toSeconds())
        .containsExactly(0L, 1L, 3L, 7L, 15L, 31L, 63L, 127L);
    assertThat(pagerDuty.requests).extracting(PageRequest::dedupKey).containsOnly("beacon-INC-1");
    assertThat(opsgenie.requests).isEmpty();
    assertThat(attempts(id))
        .hasSize(8)
        .startsWith("page to wei via pagerduty (attempt 1): retry — HTTP 503")
        .last()
        .isEqualTo("page to wei via pagerduty (attempt 8): accepted — ok");
  }

  @Test
  @DisplayName("Retry-After on 429 is honoured when longer than the backoff")
  void retryAfterIsHonoured() {
    incidentWithPageTo("wei");
    pagerDuty.answer(new PageOutcome.RetryLater("HTTP 429", Optional.of(Duration.ofSeconds(30))));

    run(Duration.ofSeconds(40));

    assertThat(pagerDuty.times)
        .extracting(t -> Duration.between(Instant.parse("2026-11-24T10:00:00Z"), t).toSeconds())
        .containsExactly(0L, 30L);
  }

  @Test
  @DisplayName("after the give-up horizon the next contact method is used")
  void fallsThroughAfterTheGiveUpHorizon() {
    IncidentId id = incidentWithPageTo("wei");
    pagerDuty.unavailableUntil = Instant.MAX;

    run(Duration.ofMinutes(8));

    assertThat(pagerDuty.times)
        .extracting(t -> Duration.between(Instant.parse("2026-11-24T10:00:00Z"), t).toSeconds())
        .containsExactly(0L, 1L, 3L, 7L, 15L, 31L, 63L, 127L, 255L, 300L);
    assertThat(opsgenie.requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.target()).isEqualTo("wei@example.com");
              assertThat(r.dedupKey()).isEqualTo("beacon-INC-1");
            });
    assertThat(attempts(id))
        .last()
        .asString()
        .isEqualTo("page to wei via opsgenie (attempt 1): accepted — ok");
  }

  @Test
  @DisplayName(
      "a permanent refusal falls through at once; when nothing is left, the channel is told")
  void rejectedEverywhereIsUndeliverable() {
    IncidentId id = incidentWithPageTo("jan");
    pagerDuty.answer(new PageOutcome.Rejected("HTTP 400: invalid routing key"));

    run(Duration.ofSeconds(3));

    assertThat(store.delivery("INC-1/c0/L1/R0/jan").orElseThrow().status())
        .isEqualTo(DeliveryState.Status.FAILED);
    assertThat(store.timeline(id).stream().map(TimelineEvent::describe))
        .contains(
            "could not reach jan by any contact method: pagerduty: HTTP 400: invalid routing key");
    assertThat(chat)
        .filteredOn(m -> m.recipient().equals(OutboxMessage.CHANNEL))
        .extracting(OutboxMessage::text)
        .containsExactly(
            "pagerduty refused the page to jan: HTTP 400: invalid routing key.",
            "Could not reach jan by any contact method (pagerduty: HTTP 400: invalid routing key)."
                + " Page someone else: /incident escalate INC-1");
  }

  @Test
  @DisplayName("acknowledging in Beacon sends acknowledge, then resolve, with the same dedup key")
  void vendorsHearOfAcknowledgementAndResolution() {
    IncidentId id = incidentWithPageTo("wei");
    delivery.deliverDue();

    incidents.acknowledge(id, Actor.person("wei"));
    delivery.deliverDue();
    incidents.resolve(id, "", Actor.person("wei"));
    delivery.deliverDue();

    assertThat(pagerDuty.requests)
        .extracting(r -> r.action() + " " + r.dedupKey())
        .containsExactly(
            "TRIGGER beacon-INC-1", "ACKNOWLEDGE beacon-INC-1", "RESOLVE beacon-INC-1");
    assertThat(opsgenie.requests).isEmpty();
  }

  @Test
  @DisplayName("over the vendor's rate limit, pages queue and go out when a slot frees")
  void rateLimitQueuesInsteadOfDropping() {
    delivery = delivery(new RateLimiter(1, Duration.ofSeconds(10)));
    IncidentId id = incidentWithPageTo("wei");
    store.transact(
        tx ->
            tx.enqueue(
                new OutboxMessage(
                    "INC-1/c0/L2/R0/jan",
                    id,
                    OutboxMessage.Kind.PAGE,
                    "jan",
                    "Page",
                    clock.instant())));

    run(Duration.ofSeconds(12));

    assertThat(pagerDuty.times)
        .extracting(t -> Duration.between(Instant.parse("2026-11-24T10:00:00Z"), t).toSeconds())
        .containsExactly(0L, 10L);
  }

  @Test
  @DisplayName("a method Beacon has no integration for is skipped for the next one")
  void unconfiguredMethodFallsThrough() {
    DeliveryService withoutPagerDuty =
        new DeliveryService(
            store,
            TestCatalog.create(),
            person -> book.getOrDefault(person, List.of()),
            List.of(opsgenie),
            chat::add,
            POLICY,
            new RateLimiter(120, Duration.ofMinutes(1)),
            () -> 0.5,
            clock);
    IncidentId id = incidentWithPageTo("wei");

    withoutPagerDuty.deliverDue();
    withoutPagerDuty.deliverDue();

    assertThat(opsgenie.requests).hasSize(1);
    assertThat(attempts(id))
        .containsExactly(
            "page to wei via pagerduty (attempt 1): rejected — pagerduty is not configured"
                + " (integrations.pagerduty)",
            "page to wei via opsgenie (attempt 1): accepted — ok");
  }

  @Test
  @DisplayName(
      "acknowledged while the page still retries: the page is cancelled and the vendor told")
  void acknowledgementDuringAnOutageCancelsThePageAndTellsTheVendor() {
    IncidentId id = incidentWithPageTo("wei");
    pagerDuty.unavailableUntil = clock.instant().plus(Duration.ofSeconds(40));
    run(Duration.ofSeconds(5));

    incidents.acknowledge(id, Actor.person("wei"));
    run(Duration.ofMinutes(2));

    assertThat(store.delivery("INC-1/c0/L1/R0/wei").orElseThrow().status())
        .isEqualTo(DeliveryState.Status.CANCELLED);
    assertThat(pagerDuty.requests)
        .extracting(PageRequest::action)
        .containsOnly(PageAction.TRIGGER, PageAction.ACKNOWLEDGE)
        .last()
        .isEqualTo(PageAction.ACKNOWLEDGE);
    assertThat(pagerDuty.requests.stream().filter(r -> r.action() == PageAction.TRIGGER))
        .hasSize(3);
  }

  @Test
  @DisplayName(
      "an update a vendor keeps refusing to take is given up after the horizon, not retried forever")
  void vendorUpdateGivesUp() {
    IncidentId id = incidentWithPageTo("wei");
    delivery.deliverDue();
    pagerDuty.unavailableUntil = Instant.MAX;

    incidents.acknowledge(id, Actor.person("wei"));
    run(Duration.ofMinutes(10));
    int tries = pagerDuty.requests.size();
    run(Duration.ofMinutes(10));

    assertThat(pagerDuty.requests).hasSize(tries);
    assertThat(store.messages(id))
        .filteredOn(m -> m.message().kind() == OutboxMessage.Kind.SYNC)
        .singleElement()
        .satisfies(
            m ->
                assertThat(store.delivery(m.message().key()).orElseThrow().status())
                    .isEqualTo(DeliveryState.Status.FAILED));
  }
}
