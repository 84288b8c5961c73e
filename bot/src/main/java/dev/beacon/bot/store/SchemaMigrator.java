package dev.beacon.bot.store;

import dev.beacon.core.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database's schema up to date. The schema version is SQLite's {@code PRAGMA
 * user_version}; script {@code V<n>__<what>.sql} under {@code db/migration} takes the schema from
 * version n-1 to n, in one transaction with the version bump, so a crash mid-migration leaves the
 * previous version intact. To change the schema, add the next script and list it in {@link
 * #SCRIPTS}; never edit a released one.
 */
final class SchemaMigrator {

  /** The migration scripts in order; the n-th (from 1) produces schema version n. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__initial.sql",
          "V2__timers_and_outbox.sql",
          "V3__delivery_state.sql",
          "V4__audit_log.sql",
          "V5__alerts.sql",
          "V6__timeline_kind_index.sql",
          "V7__outbox_without_incident.sql");

  private static final String RESOURCE_DIR = "/db/migration/";

  private SchemaMigrator() {}

  /** The newest schema version this Beacon knows. */
  static int latestVersion() {
    return SCRIPTS.size();
  }

  /** The database's schema version; 0 for a new, empty file. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Applies every script newer than the database's version.
   *
   * @throws StoreException when the database was written by a newer Beacon
   */
  static void migrate(Connection c, Path file) throws SQLException {
    int current = version(c);
    refuseNewer(current, file);
    for (int next = current + 1; next <= latestVersion(); next++) {
      apply(c, next, script(next));
    }
  }

  /**
   * Checks, without writing, that this Beacon can read the database as it is.
   *
   * @throws StoreException when the schema is newer than this Beacon knows, or older
   */
  static void checkReadable(Connection c, Path file) throws SQLException {
    int current = version(c);
    refuseNewer(current, file);
    if (current < latestVersion()) {
      throw new StoreException(
          "The store at "
              + file
              + " has schema version "
              + current
              + " and this Beacon needs "
              + latestVersion()
              + "; run `beacon run --data "
              + file.getParent()
              + "` once to upgrade it, then try again.");
    }
  }

  private static void refuseNewer(int current, Path file) {
    if (current > latestVersion()) {
      throw new StoreException(
          "The store at "
              + file
              + " was written by a newer Beacon (schema version "
              + current
              + "; this Beacon knows up to "
              + latestVersion()
              + "). Run the newer Beacon, or point --data at another directory.");
    }
  }

  private static void apply(Connection c, int version, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("BEGIN IMMEDIATE");
      try {
        // sqlite-jdbc runs every statement in the string (sqlite3_exec), triggers included.
        s.executeUpdate(sql);
        s.executeUpdate("PRAGMA user_version = " + version);
        s.executeUpdate("COMMIT");
      } catch (SQLException | RuntimeException e) {
        try {
          s.executeUpdate("ROLLBACK");
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
  }

  private static String script(int version) {
    String name = SCRIPTS.get(version - 1);
    if (!name.startsWith("V" + version + "__") || !name.endsWith(".sql")) {
      throw new IllegalStateException(
          "migration script " + name + " is listed as version " + version);
    }
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("migration script " + RESOURCE_DIR + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration script " + name, e);
    }
  }
}
