package dev.beacon.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Alert rules that page or post without an incident")
class AlertNoticesTest {

  private final MutableClock clock = MutableClock.at("2026-11-24T10:00:00Z");
  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final IncidentService incidents = new IncidentService(store, TestCatalog.create(), clock);
  private Optional<String> onCall = Optional.of("wei");
  private final AlertService alerts =
      new AlertService(
          incidents,
          new AlertPolicy(
              "service",
              "severity",
              Map.of("critical", Severity.SEV1, "warning", Severity.SEV3, "info", Severity.SEV4),
              Severity.SEV3,
              (service, severity) ->
                  switch (severity) {
                    case SEV3 -> new AlertRoute(AlertAction.PAGE, "");
                    case SEV4 -> new AlertRoute(AlertAction.POST, "#ops-alerts");
                    default -> AlertRoute.INCIDENT;
                  },
              true,
              Duration.ofMinutes(30),
              600,
              10),
          (services, at) -> services.contains("payments-api") ? onCall : Optional.empty());

  private static Alert alert(String fingerprint, String severity, boolean firing) {
    return new Alert(
        fingerprint,
        firing ? AlertStatus.FIRING : AlertStatus.RESOLVED,
        Map.of("alertname", "QueueBacklog", "service", "payments-api", "severity", severity),
        Map.of(
            "summary",
            "Payments queue backlog " + fingerprint,
            "description",
            "backlog above 10k",
            "runbook_url",
            "https://wiki.example/runbooks/queue"),
        Instant.parse("2026-11-24T09:58:00Z"),
        firing ? Optional.empty() : Optional.of(Instant.parse("2026-11-24T10:20:00Z")),
        "http://prometheus.example/graph?g0.expr=backlog");
  }

  private IntakeReceipt send(String group, Alert... batch) {
    return alerts.accept(new AlertBatch("alertmanager", group, List.of(batch), ""));
  }

  private List<OutboxMessage> outbox(String topic) {
    return store.messagesAbout(topic).stream().map(IncidentStore.SentState::message).toList();
  }

  @Test
  @DisplayName("a page rule pages the on-call once per cycle, resolves at the vendors, re-pages")
  void pageRule() {
    IntakeReceipt first = send("g1", alert("a", "warning", true));
    IntakeReceipt repeat = send("g1", alert("a", "warning", true), alert("b", "warning", true));

    assertThat(first.outcome()).isEqualTo("paged");
    assertThat(first.incidents()).isEmpty();
    assertThat(repeat.outcome()).isEqualTo("paged");
    assertThat(store.recent(10)).as("no incident declared").isEmpty();
    List<OutboxMessage> sent = outbox("alert-notice:1");
    assertThat(sent).hasSize(1);
    OutboxMessage page = sent.get(0);
    assertThat(page.kind()).isEqualTo(OutboxMessage.Kind.PAGE);
    assertThat(page.recipient()).isEqualTo("wei");
    assertThat(page.incident()).isEmpty();
    assertThat(page.text())
        .contains("[SEV3] Payments queue backlog a", "1 alert firing", "no incident declared");

    clock.advance(Duration.ofMinutes(5));
    send("g1", alert("a", "warning", false));
    assertThat(outbox("alert-notice:1")).as("one alert still fires").hasSize(1);
    IntakeReceipt resolved = send("g1", alert("b", "warning", false));

    assertThat(resolved.outcome()).isEqualTo("paged");
    OutboxMessage resolve = outbox("alert-notice:1").get(1);
    assertThat(resolve.kind()).isEqualTo(OutboxMessage.Kind.SYNC);
    assertThat(resolve.text()).isEqualTo("resolve");

    clock.advance(Duration.ofHours(2));
    send("g1", alert("a", "warning", true));
    List<OutboxMessage> after = outbox("alert-notice:1");
    assertThat(after).hasSize(3);
    assertThat(after.get(2).kind()).isEqualTo(OutboxMessage.Kind.PAGE);
    assertThat(after.get(2).key()).isNotEqualTo(page.key()).contains("/c1/");
    AlertNotice notice =
        store.transact(tx -> tx.alerts().notice("alertmanager", "g1")).orElseThrow();
    assertThat(notice.dedupKey()).isEqualTo("beacon-alert-1.r1");
    assertThat(notice.links())
        .extracting(AlertNotice.Link::label)
        .containsExactly("Runbook", "Source");
  }

  @Test
  @DisplayName("a post rule posts FIRING, new alerts, and RESOLVED to its channel by name")
  void postRule() {
    send("g2", alert("a", "info", true));
    send("g2", alert("a", "info", true));
    send("g2", alert("a", "info", true), alert("b", "info", true));
    IntakeReceipt last = send("g2", alert("a", "info", false), alert("b", "info", false));

    assertThat(last.outcome()).isEqualTo("posted");
    assertThat(store.recent(10)).isEmpty();
    List<OutboxMessage> posts = outbox("alert-notice:1");
    assertThat(posts).extracting(OutboxMessage::recipient).containsOnly("#ops-alerts");
    assertThat(posts).extracting(OutboxMessage::kind).containsOnly(OutboxMessage.Kind.NOTICE);
    assertThat(posts)
        .extracting(m -> m.text().lines().findFirst().orElse(""))
        .containsExactly(
            "FIRING · SEV4 · Payments queue backlog a (alertmanager)",
            "FIRING +1 · SEV4 · Payments queue backlog a (alertmanager)",
            "RESOLVED · SEV4 · Payments queue backlog a (alertmanager)");
    assertThat(posts.get(0).text())
        .contains(
            "- QueueBacklog: backlog above 10k", "Runbook: https://wiki.example/runbooks/queue");
  }

  @Test
  @DisplayName("with nobody on call to page, the group declares an incident instead")
  void nobodyOnCall() {
    onCall = Optional.empty();

    IntakeReceipt receipt = send("g3", alert("a", "warning", true));

    assertThat(receipt.outcome()).isEqualTo("incident");
    assertThat(store.recent(10)).hasSize(1);
  }

  @Test
  @DisplayName("a group whose severity rises past the page rule on a new cycle declares")
  void refireAsIncident() {
    send("g4", alert("a", "warning", true));
    send("g4", alert("a", "warning", false));

    IntakeReceipt again = send("g4", alert("a", "critical", true));

    assertThat(again.outcome()).isEqualTo("incident");
    assertThat(store.recent(10)).hasSize(1);
    assertThat(send("g4", alert("a", "critical", true)).outcome())
        .as("later batches join the incident")
        .isEqualTo("grouped");
  }
}
