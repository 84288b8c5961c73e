package dev.beacon.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import dev.beacon.core.timeline.NoteAdded;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the SQLite store: files, locks, schema versions, and read-only use. */
class SqliteStoreOpeningTest {

  @TempDir Path tmp;

  private final MutableClock clock = MutableClock.at("2026-11-24T09:00:00Z");

  private Incident declare(SqliteIncidentStore store, String title) {
    return new IncidentService(store, TestCatalog.create(), clock)
        .declare(Declaration.of(title, Severity.SEV3, "payments-api"), Actor.person("alice"));
  }

  @Test
  @DisplayName("opening creates the data directory, beacon.db in WAL mode, and beacon.lock")
  void createsDataDirectory() throws Exception {
    Path dataDir = tmp.resolve("nested/data");

    try (SqliteIncidentStore store = SqliteIncidentStore.open(dataDir)) {
      declare(store, "first");
    }

    assertThat(dataDir.resolve("beacon.db")).isRegularFile();
    assertThat(dataDir.resolve("beacon.lock")).isRegularFile();
    assertThat(pragma(dataDir, "journal_mode")).isEqualTo("wal");
    assertThat(pragma(dataDir, "user_version"))
        .isEqualTo(Integer.toString(SchemaMigrator.SCRIPTS.size()));
  }

  @Test
  @DisplayName("a store from the first schema version is migrated at open and keeps its incidents")
  void migratesAnOlderStore() throws Exception {
    java.nio.file.Files.createDirectories(tmp);
    String v1;
    try (var in = SqliteIncidentStore.class.getResourceAsStream("/db/migration/V1__initial.sql")) {
      v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    for (String statement : v1.replaceAll("(?m)^--.*$", "").split(";")) {
      if (!statement.isBlank()) {
        sql(tmp, statement);
      }
    }
    sql(
        tmp,
        "INSERT INTO incident_counter (id, last_number) VALUES (1, 4) ON CONFLICT (id) DO UPDATE SET last_number = 4");
    sql(tmp, "PRAGMA user_version = 1");

    try (SqliteIncidentStore store = SqliteIncidentStore.open(tmp)) {
      Incident next = declare(store, "after the upgrade");

      assertThat(next.id().number()).isEqualTo(5);
      assertThat(store.runningTimers()).isEmpty();
    }
    assertThat(pragma(tmp, "user_version"))
        .isEqualTo(Integer.toString(SchemaMigrator.SCRIPTS.size()));
  }

  @Test
  @DisplayName("version 7 rebuilds the outbox: pending and sent messages survive, topics fit")
  void outboxSurvivesTheRebuild() throws Exception {
    Files.createDirectories(tmp);
    for (int v = 1; v <= 6; v++) {
      String name = SchemaMigrator.SCRIPTS.get(v - 1);
      try (var in = SqliteIncidentStore.class.getResourceAsStream("/db/migration/" + name)) {
        sql(tmp, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    sql(
        tmp,
        "INSERT INTO incident (number, title, severity, status, created_at, updated_at, body)"
            + " VALUES (3, 't', 'SEV3', 'DECLARED', '2026-11-24T08:00:00Z',"
            + " '2026-11-24T08:00:00Z', '{}')");
    sql(
        tmp,
        "INSERT INTO outbox (key, incident, kind, recipient, text, created_at, sent_at, status)"
            + " VALUES ('INC-3/sent', 3, 'NOTICE', 'channel', 'hello', '2026-11-24T08:00:00Z',"
            + " '2026-11-24T08:00:01Z', 'SENT'),"
            + " ('INC-3/c0/L1/R0/wei', 3, 'PAGE', 'wei', 'page', '2026-11-24T08:00:00Z', NULL,"
            + " 'PENDING')");
    sql(tmp, "PRAGMA user_version = 6");

    try (SqliteIncidentStore store = SqliteIncidentStore.open(tmp)) {
      assertThat(store.messages(new dev.beacon.core.incident.IncidentId(3)))
          .extracting(m -> m.message().key())
          .containsExactly("INC-3/sent", "INC-3/c0/L1/R0/wei");
      assertThat(store.unsentMessages(10))
          .extracting(dev.beacon.core.outbox.OutboxMessage::key)
          .containsExactly("INC-3/c0/L1/R0/wei");
      dev.beacon.core.outbox.OutboxMessage post =
          dev.beacon.core.outbox.OutboxMessage.about(
              "digest",
              "digest/2026-W48",
              dev.beacon.core.outbox.OutboxMessage.Kind.NOTICE,
              "#ops",
              "the week",
              clock.instant());
      store.transact(tx -> tx.enqueue(post));
      assertThat(store.messagesAbout("digest")).extracting(m -> m.message()).containsExactly(post);
    }
    assertThat(pragma(tmp, "user_version"))
        .isEqualTo(Integer.toString(SchemaMigrator.SCRIPTS.size()));
  }

  @Test
  @DisplayName("a store written by a newer Beacon is refused, saying what to do")
  void refusesNewerSchema() throws Exception {
    SqliteIncidentStore.open(tmp).close();
    int newer = SchemaMigrator.SCRIPTS.size() + 1;
    sql(tmp, "PRAGMA user_version = " + newer);

    assertThatThrownBy(() -> SqliteIncidentStore.open(tmp))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "The store at "
                + tmp.resolve("beacon.db").toAbsolutePath()
                + " was written by a newer Beacon (schema version "
                + newer
                + "; this Beacon knows up to "
                + SchemaMigrator.SCRIPTS.size()
                + ")."
                + " Run the newer Beacon, or point --data at another directory.");
    assertThatThrownBy(() -> SqliteIncidentStore.openReadOnly(tmp))
        .hasMessageContaining("written by a newer Beacon (schema version " + newer + ";");
  }

  @Test
  @DisplayName("a second writer on the same directory is refused while the first is open")
  void secondWriterIsRefused() {
    try (SqliteIncidentStore first = SqliteIncidentStore.open(tmp)) {
      declare(first, "held");

      assertThatThrownBy(() -> SqliteIncidentStore.open(tmp))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "The data directory "
                  + tmp.toAbsolutePath()
                  + " is in use by another Beacon process (pid "
                  + ProcessHandle.current().pid()
                  + "). Stop that process, or pass --data with another directory.");
      assertThat(first.recent(5)).hasSize(1);
    }
    try (SqliteIncidentStore again = SqliteIncidentStore.open(tmp)) {
      assertThat(again.recent(5)).extracting(Incident::title).containsExactly("held");
    }
  }

  @Test
  @DisplayName("a read-only store sees what the running writer commits, and refuses to write")
  void readOnlyReadsBesideTheWriter() {
    try (SqliteIncidentStore writer = SqliteIncidentStore.open(tmp)) {
      Incident first = declare(writer, "first");
      try (SqliteIncidentStore reader = SqliteIncidentStore.openReadOnly(tmp)) {
        assertThat(reader.find(first.id())).contains(first);

        Incident second = declare(writer, "second");

        assertThat(reader.recent(10)).containsExactly(second, first);
        assertThat(reader.timeline(second.id())).isEqualTo(writer.timeline(second.id()));
        assertThat(reader.readOnly()).isTrue();
        assertThatThrownBy(() -> declare(reader, "third"))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("is open read-only");
      }
      assertThat(writer.recent(10)).hasSize(2);
    }
  }

  @Test
  @DisplayName("a reader does not see a transaction's writes until it commits")
  void readerSeesOnlyCommittedData() {
    try (SqliteIncidentStore writer = SqliteIncidentStore.open(tmp);
        SqliteIncidentStore reader = SqliteIncidentStore.openReadOnly(tmp)) {
      Incident first = declare(writer, "first");

      List<Incident> seenDuringTransaction =
          writer.transact(
              tx -> {
                tx.update(first.withStatus(Status.RESOLVED, clock.instant()));
                tx.append(new NoteAdded(first.id(), clock.instant(), Actor.BEACON, "pending"));
                return reader.recent(5);
              });

      assertThat(seenDuringTransaction).containsExactly(first);
      assertThat(reader.find(first.id()).orElseThrow().status()).isEqualTo(Status.RESOLVED);
      assertThat(reader.timeline(first.id())).hasSize(3);
    }
  }

  @Test
  @DisplayName("a read-only open works when no writer is running, and leaves the data unchanged")
  void readOnlyWithoutWriter() {
    Incident first;
    try (SqliteIncidentStore writer = SqliteIncidentStore.open(tmp)) {
      first = declare(writer, "first");
    }

    try (SqliteIncidentStore reader = SqliteIncidentStore.openReadOnly(tmp)) {
      assertThat(reader.find(first.id())).contains(first);
    }
    try (SqliteIncidentStore writer = SqliteIncidentStore.open(tmp)) {
      assertThat(declare(writer, "second").id().number()).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("a read-only open of a directory without a store says how to create one")
  void readOnlyOfMissingStore() {
    Path empty = tmp.resolve("nothing-here");

    assertThatThrownBy(() -> SqliteIncidentStore.openReadOnly(empty))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("No Beacon store exists at " + empty.resolve("beacon.db"))
        .hasMessageContaining("beacon run --data " + empty);
    assertThat(empty).doesNotExist();
  }

  @Test
  @DisplayName("a file that is not a database is refused with advice, and the lock is released")
  void refusesAFileThatIsNotADatabase() throws Exception {
    Files.writeString(tmp.resolve("beacon.db"), "these are my notes, not a database ".repeat(200));

    assertThatThrownBy(() -> SqliteIncidentStore.open(tmp))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(tmp.resolve("beacon.db").toString())
        .hasMessageContaining("beacon verify-store");
    Files.delete(tmp.resolve("beacon.db"));
    SqliteIncidentStore.open(tmp).close();
  }

  @Test
  @DisplayName("a closed store refuses further use instead of reading a closed connection")
  void closedStoreRefusesUse() {
    SqliteIncidentStore store = SqliteIncidentStore.open(tmp);
    Incident first = declare(store, "first");
    store.close();
    store.close();

    assertThatThrownBy(() -> store.find(first.id())).hasMessageContaining("is closed");
  }

  @Test
  @DisplayName("counting events of one kind (escalations for /metrics) uses an index, not a scan")
  void kindCountsUseAnIndex() throws Exception {
    try (SqliteIncidentStore store = SqliteIncidentStore.open(tmp)) {
      declare(store, "first");
    }

    String plan = pragma(tmp, "user_version") + " / " + explain(tmp);

    assertThat(plan).contains("timeline_event_by_kind");
  }

  private static String explain(Path dataDir) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("beacon.db"));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM timeline_event WHERE kind = 'escalated'")) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) {
        plan.append(rs.getString("detail")).append('\n');
      }
      return plan.toString();
    }
  }

  private static String pragma(Path dataDir, String name) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("beacon.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static void sql(Path dataDir, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("beacon.db"));
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
