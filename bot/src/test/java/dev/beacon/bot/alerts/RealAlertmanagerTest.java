package dev.beacon.bot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.beacon.bot.testing.PagerDutyEvents;
import dev.beacon.bot.testing.PagerDutyTestConfig;
import dev.beacon.bot.wiring.Beacon;
import dev.beacon.config.ConfigLoader;
import dev.beacon.config.HttpConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Status;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}) posting to Beacon's
 * {@code /hooks/alertmanager} on loopback, with PagerDuty played by MockWebServer: {@code amtool
 * alert add} declares an incident and pages; the resolved notification mitigates it. Real time:
 * Alertmanager groups and flushes on its own clock, so waits are bounded polls.
 */
@DisplayName("The real Alertmanager, end to end")
class RealAlertmanagerTest {

  private static final Path ALERTMANAGER = Path.of("/usr/bin/prometheus-alertmanager");
  private static final Path AMTOOL = Path.of("/usr/bin/amtool");
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String TOKEN = "am-test-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  private final MockWebServer pagerDuty = new MockWebServer();
  private final PagerDutyEvents recorded = new PagerDutyEvents();
  private Beacon beacon;
  private Process alertmanager;

  @AfterEach
  void stop() throws Exception {
    if (alertmanager != null) {
      alertmanager.destroy();
      if (!alertmanager.waitFor(10, TimeUnit.SECONDS)) {
        alertmanager.destroyForcibly();
      }
    }
    if (beacon != null) {
      beacon.close();
    }
    pagerDuty.close();
  }

  @Test
  @DisplayName("amtool alert add -> incident declared and paged; the alert's end -> mitigated")
  void alertDeclaresPagesAndResolves() throws Exception {
    boolean installed = Files.isExecutable(ALERTMANAGER) && Files.isExecutable(AMTOOL);
    if (!installed && "1".equals(System.getenv("BEACON_REQUIRE_ALERTMANAGER"))) {
      throw new AssertionError(
          "prometheus-alertmanager is not installed, and this run requires it; .ci/run installs it"
              + " with apt-get install -y prometheus-alertmanager");
    }
    Assumptions.assumeTrue(
        installed,
        "SKIPPED: the real Alertmanager is not installed here (apt-get install -y"
            + " prometheus-alertmanager); .ci/run installs it");
    startPagerDuty();
    String yaml =
        PagerDutyTestConfig.yaml(pagerDuty.url("/").toString())
            + """
            alerts:
              sources:
                alertmanager: {tokenEnv: AM_TOKEN}
            """;
    beacon =
        Beacon.open(
                ConfigLoader.load("alerts.yaml", yaml),
                data,
                Clock.systemUTC(),
                message -> {},
                Map.of(
                    "PD_ROUTING_KEY", "R0UT1NGKEY00000000000000000000AB",
                    "PD_WEBHOOK_SECRET", "whsec",
                    "AM_TOKEN", TOKEN))
            .start(Optional.of(HttpConfig.parse("127.0.0.1:0")));
    int amPort = freePort();
    startAlertmanager(beacon.httpPort().orElseThrow(), amPort);

    amtool(
        amPort,
        "alert",
        "add",
        "PaymentsApiErrors",
        "service=payments-api",
        "severity=critical",
        "--annotation=summary=Payments API 5xx above 5%",
        "--annotation=runbook_url=https://wiki.example.com/runbooks/payments-api");

    Incident declared =
        await(
            "an incident declared",
            () -> beacon.store().recent(10).stream().findFirst().orElse(null));
    assertThat(declared.title()).isEqualTo("Payments API 5xx above 5%");
    assertThat(declared.severity().name()).isEqualTo("SEV1");
    assertThat(declared.services()).containsExactly("payments-api");
    JsonNode trigger =
        await(
            "a PagerDuty trigger",
            () ->
                pages().stream()
                    .filter(p -> p.path("event_action").asText().equals("trigger"))
                    .findFirst()
                    .orElse(null));
    assertThat(trigger.path("payload").path("summary").asText()).contains("Payments API 5xx");
    assertThat(trigger.path("dedup_key").asText()).isEqualTo("beacon-" + declared.id());

    amtool(
        amPort,
        "alert",
        "add",
        "PaymentsApiErrors",
        "service=payments-api",
        "severity=critical",
        "--annotation=summary=Payments API 5xx above 5%",
        "--annotation=runbook_url=https://wiki.example.com/runbooks/payments-api",
        "--end=" + Instant.now().minusSeconds(1));

    Incident mitigated =
        await(
            "the incident mitigated",
            () ->
                beacon
                    .store()
                    .find(declared.id())
                    .filter(i -> i.status() == Status.MITIGATED)
                    .orElse(null));
    assertThat(beacon.store().timeline(mitigated.id()))
        .extracting(e -> e.kind())
        .containsSubsequence("declared", "alert-fired", "alert-resolved", "mitigated");
    assertThat(beacon.store().recent(10)).as("one group, one incident").hasSize(1);
  }

  private void startPagerDuty() throws IOException {
    pagerDuty.setDispatcher(recorded);
    pagerDuty.start();
  }

  private List<JsonNode> pages() {
    return recorded.events();
  }

  private void startAlertmanager(int beaconPort, int amPort) throws Exception {
    Path config = data.resolve("alertmanager.yml");
    Files.writeString(
        config,
        """
        route:
          receiver: beacon
          group_by: [alertname, service]
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: beacon
            webhook_configs:
              - url: http://127.0.0.1:%d/hooks/alertmanager
                send_resolved: true
                http_config:
                  authorization:
                    credentials: %s
        """
            .formatted(beaconPort, TOKEN));
    alertmanager =
        new ProcessBuilder(
                ALERTMANAGER.toString(),
                "--config.file=" + config,
                "--storage.path=" + data.resolve("am-data"),
                "--web.listen-address=127.0.0.1:" + amPort,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("alertmanager.log").toFile())
            .start();
    await(
        "Alertmanager ready",
        () -> {
          try {
            return amtoolQuietly(amPort, "config", "show") ? Boolean.TRUE : null;
          } catch (Exception e) {
            return null;
          }
        });
  }

  private void amtool(int amPort, String... args) throws Exception {
    if (!amtoolQuietly(amPort, args)) {
      throw new AssertionError("amtool " + String.join(" ", args) + " failed");
    }
  }

  private boolean amtoolQuietly(int amPort, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(AMTOOL.toString()));
    command.addAll(List.of(args));
    command.add("--alertmanager.url=http://127.0.0.1:" + amPort);
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("amtool.log").toFile())
            .start();
    return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** The first non-null value of {@code probe}, at most {@link #WAIT}; else Alertmanager's log. */
  private <T> T await(String what, Supplier<T> probe) throws Exception {
    try {
      return dev.beacon.bot.testing.Eventually.value(what, WAIT, probe);
    } catch (AssertionError e) {
      Path log = data.resolve("alertmanager.log");
      throw new AssertionError(
          e.getMessage()
              + "; Alertmanager's log:\n"
              + (Files.exists(log) ? Files.readString(log) : "(none)"),
          e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
