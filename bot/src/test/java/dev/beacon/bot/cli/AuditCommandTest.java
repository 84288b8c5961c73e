package dev.beacon.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.core.audit.AuditEntry;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("beacon audit")
class AuditCommandTest {

  @TempDir Path data;

  @Test
  @DisplayName("lists refusals, newest last, limited by --limit; an empty log says so")
  void listsRefusals() {
    try (SqliteIncidentStore store = SqliteIncidentStore.open(data)) {
      store.append(
          AuditEntry.refused(
              Instant.parse("2026-11-24T10:00:00Z"), "alice", "/incident close INC-1", "needs IC"));
      store.append(
          AuditEntry.refused(
              Instant.parse("2026-11-24T10:05:00Z"), "discord:42", "/incident ack INC-1", "no"));
    }
    Path empty = data.resolve("empty");
    SqliteIncidentStore.open(empty).close();

    CliRun all = CliRun.of("", "audit", "--data", data.toString());
    CliRun last = CliRun.of("", "audit", "--data", data.toString(), "--limit", "1");
    CliRun none = CliRun.of("", "audit", "--data", empty.toString());
    CliRun bad = CliRun.of("", "audit", "--data", data.toString(), "--limit", "0");

    assertThat(all.exitCode()).isZero();
    assertThat(all.out().lines())
        .containsExactly(
            "2026-11-24T10:00:00Z  refused  alice  /incident close INC-1  -- needs IC",
            "2026-11-24T10:05:00Z  refused  discord:42  /incident ack INC-1  -- no");
    assertThat(last.out().lines()).singleElement().asString().contains("discord:42");
    assertThat(none.out()).contains("The audit log is empty");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--limit must be at least 1");
  }
}
