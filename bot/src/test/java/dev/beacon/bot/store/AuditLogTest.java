package dev.beacon.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.audit.AuditEntry;
import dev.beacon.core.store.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log in the SQLite store. */
class AuditLogTest {

  @TempDir Path data;

  @Test
  @DisplayName("refusals are kept across restarts, newest last, and readable read-only")
  void refusalsSurviveARestart() {
    try (SqliteIncidentStore store = SqliteIncidentStore.open(data)) {
      for (int i = 1; i <= 3; i++) {
        store.append(
            AuditEntry.refused(
                Instant.parse("2026-11-24T10:0" + i + ":00Z"),
                "discord:42",
                "/incident close INC-" + i,
                "needs the Discord role Incident Commander"));
      }
    }

    try (SqliteIncidentStore reader = SqliteIncidentStore.openReadOnly(data)) {
      assertThat(reader.recentAudit(2))
          .extracting(AuditEntry::action)
          .containsExactly("/incident close INC-2", "/incident close INC-3");
      assertThat(reader.recentAudit(10).get(0).reason())
          .isEqualTo("needs the Discord role Incident Commander");
      assertThatThrownBy(
              () ->
                  reader.append(
                      AuditEntry.refused(Instant.EPOCH, "x", "/incident ack INC-1", "no")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("read-only");
    }
  }
}
