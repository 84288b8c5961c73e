package dev.beacon.bot.store;

import dev.beacon.core.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * The {@code beacon.db} file in a data directory, and how Beacon connects to it: WAL journal,
 * {@code synchronous=FULL} (a commit is on disk before it returns), foreign keys enforced, and a
 * busy timeout so a reader alongside the writer waits instead of failing.
 */
final class DatabaseFile {

  /** The file's name inside the data directory. */
  static final String FILE_NAME = "beacon.db";

  private static final int BUSY_TIMEOUT_MS = 5_000;

  private final Path dataDir;
  private final Path file;

  private DatabaseFile(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.file = this.dataDir.resolve(FILE_NAME);
  }

  static DatabaseFile in(Path dataDir) {
    return new DatabaseFile(dataDir);
  }

  Path dataDir() {
    return dataDir;
  }

  Path path() {
    return file;
  }

  boolean exists() {
    return Files.isRegularFile(file);
  }

  /** A read-write connection; creates the file if missing and switches it to WAL. */
  Connection openWritable() {
    if (exists() && !Files.isWritable(file)) {
      throw new StoreException(
          "The store at "
              + file
              + " is read-only for this user, so Beacon could not record anything. Give the user"
              + " running Beacon write access to it and to its directory, or pass --data with"
              + " another directory.");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    Connection c = connect(config);
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
        String mode = rs.next() ? rs.getString(1) : "";
        if (!"wal".equalsIgnoreCase(mode)) {
          throw new StoreException(
              "The store at "
                  + file
                  + " could not switch to write-ahead logging (journal mode is '"
                  + mode
                  + "'); keep the data directory on a local disk, not a network share.");
        }
      }
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw SqliteFailure.of(file, "open the database", e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** A connection that cannot write; the file must exist. */
  Connection openReadOnly() {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    return connect(config);
  }

  private Connection connect(SQLiteConfig config) {
    try {
      return config.createConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "open the database", e);
    }
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the first error is the one worth reporting
    }
  }
}
