package dev.beacon.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier passes a healthy store and names what is wrong with a damaged one. */
class StoreVerifierTest {

  @TempDir Path dataDir;

  @BeforeEach
  void writeSomeIncidents() {
    MutableClock clock = MutableClock.at("2026-11-24T09:00:00Z");
    try (SqliteIncidentStore store = SqliteIncidentStore.open(dataDir)) {
      IncidentService service = new IncidentService(store, TestCatalog.create(), clock);
      for (int i = 1; i <= 30; i++) {
        IncidentId id =
            service
                .declare(Declaration.of("incident " + i, Severity.SEV3), Actor.person("alice"))
                .id();
        clock.advance(Duration.ofMinutes(1));
        service.addNote(id, "note " + "x".repeat(200), Actor.person("wei"));
      }
    }
  }

  @Test
  @DisplayName("a healthy store verifies ok, also while the writer is running")
  void healthyStoreIsOk() {
    try (SqliteIncidentStore running = SqliteIncidentStore.open(dataDir)) {
      VerificationReport report = StoreVerifier.verify(dataDir);

      assertThat(report.ok()).as(report.render()).isTrue();
      assertThat(report.lines())
          .allMatch(line -> line.startsWith("ok"))
          .anyMatch(line -> line.contains("integrity_check"))
          .anyMatch(line -> line.contains("incident counter 30 >= highest incident number 30"));
      assertThat(running.recent(100)).hasSize(30);
    }
  }

  @Test
  @DisplayName("an event whose incident does not exist is reported, naming both")
  void orphanEventIsReported() throws Exception {
    SqliteStoreOpeningTest.sql(
        dataDir,
        "INSERT INTO timeline_event (incident, kind, at, actor, body) VALUES (99, 'note-added',"
            + " '2026-11-24T09:00:00.000Z', 'alice', '{}')");

    VerificationReport report = StoreVerifier.verify(dataDir);

    assertThat(report.ok()).isFalse();
    assertThat(report.lines())
        .anyMatch(l -> l.startsWith("PROBLEM") && l.contains("belongs to INC-99"))
        .anyMatch(l -> l.startsWith("PROBLEM") && l.contains("refers to a missing row"))
        .anyMatch(l -> l.startsWith("PROBLEM") && l.contains("does not decode"));
  }

  @Test
  @DisplayName("an incident changed without its timeline event is reported")
  void changeWithoutEventIsReported() throws Exception {
    try (SqliteIncidentStore store = SqliteIncidentStore.open(dataDir)) {
      store.transact(
          tx -> {
            Incident seven = tx.find(new IncidentId(7)).orElseThrow();
            tx.update(seven.withStatus(Status.RESOLVED, seven.updatedAt()));
            return null;
          });
    }

    VerificationReport report = StoreVerifier.verify(dataDir);

    assertThat(report.ok()).isFalse();
    assertThat(report.render())
        .contains("PROBLEM  INC-7: its timeline says declared but it is resolved");
  }

  @Test
  @DisplayName("a counter behind the highest incident number is reported: numbers would repeat")
  void counterBehindIsReported() throws Exception {
    SqliteStoreOpeningTest.sql(dataDir, "UPDATE incident_counter SET last_number = 12");

    VerificationReport report = StoreVerifier.verify(dataDir);

    assertThat(report.ok()).isFalse();
    assertThat(report.render())
        .contains("PROBLEM  the incident counter is at 12 but INC-30 exists");
  }

  @Test
  @DisplayName("bytes overwritten inside the file are reported as damage")
  void overwrittenBytesAreReported() throws Exception {
    try (RandomAccessFile file =
        new RandomAccessFile(dataDir.resolve("beacon.db").toFile(), "rw")) {
      long pageSize = 4096;
      assertThat(file.length()).isGreaterThan(4 * pageSize);
      for (long page = 2; page * pageSize < file.length(); page += 2) {
        file.seek(page * pageSize + 100);
        file.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x7f, 0x7f});
      }
    }

    VerificationReport report = StoreVerifier.verify(dataDir);

    assertThat(report.ok()).as(report.render()).isFalse();
    assertThat(report.lines()).anyMatch(l -> l.startsWith("PROBLEM"));
  }

  @Test
  @DisplayName("a directory without a store is reported, not thrown")
  void missingStoreIsReported() {
    VerificationReport report = StoreVerifier.verify(dataDir.resolve("elsewhere"));

    assertThat(report.ok()).isFalse();
    assertThat(report.render()).startsWith("PROBLEM  no Beacon store exists at ");
  }
}
