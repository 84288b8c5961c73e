package dev.beacon.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.testing.Eventually;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly digest as Beacon runs it with the built-in example configuration (Mondays 09:00
 * Europe/Warsaw, {@code #incident-digest}): from the timers, through the outbox of a real SQLite
 * file, to chat; once, across a restart.
 */
@DisplayName("The weekly digest, wired")
class WeeklyDigestWiringTest {

  @TempDir Path data;
  private final List<OutboxMessage> chat = new CopyOnWriteArrayList<>();

  private List<OutboxMessage> digests() {
    return chat.stream().filter(m -> m.recipient().equals("#incident-digest")).toList();
  }

  @Test
  @DisplayName("Monday 09:30 in Warsaw: the digest is posted once, and not again after a restart")
  void postedOnceAcrossARestart() throws Exception {
    MutableClock clock = MutableClock.at("2026-11-19T09:00:00Z");
    try (Beacon beacon = Beacon.open(ConfigLoader.loadExample(), data, clock, chat::add)) {
      beacon
          .incidents()
          .declare(
              Declaration.of("Payments API 5xx", Severity.SEV2, "payments-api"),
              Actor.person("alice"));
    }
    clock.set(java.time.Instant.parse("2026-11-23T08:30:00Z"));

    try (Beacon beacon = Beacon.open(ConfigLoader.loadExample(), data, clock, chat::add).start()) {
      Eventually.until("the digest delivered", Duration.ofSeconds(20), () -> !digests().isEmpty());
    }
    try (Beacon again = Beacon.open(ConfigLoader.loadExample(), data, clock, chat::add).start()) {
      again.delivery().deliverDue();
    }

    assertThat(digests()).hasSize(1);
    assertThat(digests().get(0).text())
        .startsWith(
            "**Weekly incident digest**: Mon 16 Nov 09:00 to Mon 23 Nov 09:00 (Europe/Warsaw)")
        .contains("Incidents: 1 declared (SEV2 1); 1 not resolved by the end of the week")
        .contains("- INC-1 [SEV2] Payments API 5xx (declared");
  }
}
