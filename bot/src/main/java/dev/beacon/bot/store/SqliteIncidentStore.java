package dev.beacon.bot.store;

import dev.beacon.core.audit.AuditEntry;
import dev.beacon.core.audit.AuditLog;
import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.store.StoreTransaction;
import dev.beacon.core.timeline.TimelineEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Beacon's system of record: an SQLite file, {@code beacon.db}, in a data directory. WAL journal
 * with {@code synchronous=FULL}, so a transaction that returned is on disk and survives a crash or
 * SIGKILL. One connection, used by one thread at a time; {@link #transact} runs {@code BEGIN
 * IMMEDIATE ... COMMIT} and rolls back if the work throws. A writable store holds the directory's
 * {@code beacon.lock} for its lifetime, so only one Beacon process writes; {@link #openReadOnly}
 * takes no lock and may read alongside a running writer.
 */
public final class SqliteIncidentStore implements IncidentStore, AuditLog {

  private final DatabaseFile file;
  private final Connection connection;
  private final IncidentTables tables;
  private final TimerTables timers;
  private final OutboxTables outbox;
  private final AuditTables audit;
  private final AlertTables alertTables;
  private final StatisticsQueries statistics;
  private final DataDirectoryLock processLock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Runnable afterEnqueue = () -> {};
  private volatile boolean closed;

  private SqliteIncidentStore(
      DatabaseFile file, Connection connection, DataDirectoryLock processLock) {
    this.file = file;
    this.connection = connection;
    this.tables = new IncidentTables(connection, file.path());
    this.timers = new TimerTables(connection, file.path());
    this.outbox = new OutboxTables(connection, file.path());
    this.audit = new AuditTables(connection, file.path());
    this.alertTables = new AlertTables(connection, file.path());
    this.statistics = new StatisticsQueries(connection, file.path());
    this.processLock = processLock;
  }

  /**
   * Opens the store in {@code dataDir} for reading and writing, creating the directory and the
   * database if missing and migrating its schema to the newest this Beacon knows.
   *
   * @throws StoreException when another process uses the directory, the database was written by a
   *     newer Beacon, or the file cannot be opened; the message says what to do
   */
  public static SqliteIncidentStore open(Path dataDir) {
    DatabaseFile db = DatabaseFile.in(dataDir);
    DataDirectoryLock processLock = DataDirectoryLock.acquire(db.dataDir());
    Connection c = null;
    try {
      c = db.openWritable();
      SchemaMigrator.migrate(c, db.path());
      return new SqliteIncidentStore(db, c, processLock);
    } catch (SQLException e) {
      closeAfterFailure(c, processLock);
      throw SqliteFailure.of(db.path(), "prepare the schema", e);
    } catch (RuntimeException e) {
      closeAfterFailure(c, processLock);
      throw e;
    }
  }

  /**
   * Opens an existing store in {@code dataDir} for reading only, without the directory lock, so it
   * may run alongside the writing Beacon (as {@code beacon export} does). Writes are refused.
   *
   * @throws StoreException when there is no store there, or its schema is not this Beacon's
   */
  public static SqliteIncidentStore openReadOnly(Path dataDir) {
    DatabaseFile db = DatabaseFile.in(dataDir);
    if (!db.exists()) {
      throw new StoreException(
          "No Beacon store exists at "
              + db.path()
              + ". Create one by running `beacon run --data "
              + db.dataDir()
              + "`, or point --data at the directory that holds beacon.db.");
    }
    Connection c = db.openReadOnly();
    try {
      SchemaMigrator.checkReadable(c, db.path());
      return new SqliteIncidentStore(db, c, null);
    } catch (SQLException e) {
      DatabaseFile.closeQuietly(c);
      throw SqliteFailure.of(db.path(), "read the schema version", e);
    } catch (RuntimeException e) {
      DatabaseFile.closeQuietly(c);
      throw e;
    }
  }

  /** The database file, for messages and tools. */
  public Path path() {
    return file.path();
  }

  /** True when opened by {@link #openReadOnly}. */
  public boolean readOnly() {
    return processLock == null;
  }

  /**
   * Runs {@code hook} after each commit that added outbox messages (the dispatcher's kick, so a
   * page leaves at once rather than on the next beat); it must not block.
   */
  public void afterEnqueue(Runnable hook) {
    this.afterEnqueue = hook;
  }

  @Override
  public <T> T transact(Function<StoreTransaction, T> work) {
    if (readOnly()) {
      throw new StoreException(
          "The store at "
              + file.path()
              + " is open read-only (as for export or verification), so nothing can be written"
              + " through it; changes go through the running `beacon run`.");
    }
    lock.lock();
    try {
      checkOpen();
      if (lock.getHoldCount() > 1) {
        throw new IllegalStateException(
            "transact was called inside another transaction; do all the work in one unit");
      }
      return inTransaction(work);
    } finally {
      lock.unlock();
    }
  }

  private <T> T inTransaction(Function<StoreTransaction, T> work) {
    SqliteTransaction tx = new SqliteTransaction(tables, timers, outbox, alertTables);
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("BEGIN IMMEDIATE");
      try {
        T result = work.apply(tx);
        tx.end();
        s.executeUpdate("COMMIT");
        if (tx.enqueued() > 0) {
          afterEnqueue.run();
        }
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        tx.end();
        rollback(s, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file.path(), "commit a transaction", e);
    }
  }

  private static void rollback(Statement s, Throwable cause) {
    try {
      s.executeUpdate("ROLLBACK");
    } catch (SQLException e) {
      // SQLite may have rolled back already (e.g. after SQLITE_FULL); keep the first error.
      cause.addSuppressed(e);
    }
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return reading(() -> tables.find(id));
  }

  @Override
  public List<Incident> recent(int limit) {
    return reading(() -> tables.recent(limit));
  }

  @Override
  public List<Incident> openIncidents() {
    return reading(tables::open);
  }

  @Override
  public List<TimelineEvent> timeline(IncidentId id) {
    return reading(() -> tables.timeline(id));
  }

  @Override
  public List<EscalationState> runningTimers() {
    return reading(timers::running);
  }

  @Override
  public List<OutboxMessage> dueMessages(java.time.Instant now, int limit) {
    return reading(() -> outbox.due(now, limit));
  }

  @Override
  public Optional<DeliveryState> delivery(String key) {
    return reading(() -> outbox.delivery(key));
  }

  @Override
  public List<OutboxMessage> unsentMessages(int limit) {
    return reading(() -> outbox.unsent(limit));
  }

  @Override
  public List<SentState> messages(IncidentId id) {
    return reading(() -> outbox.of(id));
  }

  @Override
  public List<SentState> messagesAbout(String topic) {
    return reading(() -> outbox.about(topic));
  }

  @Override
  public void append(AuditEntry entry) {
    transact(
        tx -> {
          audit.append(entry);
          return null;
        });
  }

  @Override
  public List<AuditEntry> recentAudit(int limit) {
    return reading(() -> audit.recent(limit));
  }

  /**
   * Counts of incidents by status and severity, outbox messages by kind and delivery status, and
   * escalations, read in one go from committed data (for metrics).
   */
  public StoreStatistics statistics() {
    return reading(statistics::read);
  }

  /** True until {@link #close}; does not wait for a running transaction (for readiness). */
  public boolean isOpen() {
    return !closed;
  }

  /** A read of committed data: under the lock, so never in the middle of a transaction. */
  private <T> T reading(Supplier<T> read) {
    lock.lock();
    try {
      checkOpen();
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  /** Closes the connection and releases the data directory. Idempotent. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      DatabaseFile.closeQuietly(connection);
      if (processLock != null) {
        processLock.close();
      }
    } finally {
      lock.unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the store at " + file.path() + " is closed");
    }
  }

  private static void closeAfterFailure(Connection c, DataDirectoryLock processLock) {
    if (c != null) {
      DatabaseFile.closeQuietly(c);
    }
    processLock.close();
  }
}
