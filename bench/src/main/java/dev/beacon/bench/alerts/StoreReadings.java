package dev.beacon.bench.alerts;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/**
 * Reads what a harness checks straight from a Beacon store's tables over a read-only connection
 * (SQLite in WAL mode lets it read while Beacon writes): the alert log and the outbox.
 */
final class StoreReadings {

  /** One row of {@code alert_log}. */
  record LoggedAlert(String groupKey, String fingerprint, Long incident, String disposition) {}

  private final Path database;

  StoreReadings(Path database) {
    this.database = database;
  }

  /** Every alert logged from {@code source}, in the order received. */
  List<LoggedAlert> alertLog(String source) {
    List<LoggedAlert> out = new java.util.ArrayList<>();
    query(
        "SELECT group_key, fingerprint, incident, disposition FROM alert_log WHERE source = '"
            + source.replace("'", "''")
            + "' ORDER BY seq",
        rs -> {
          try {
            long incident = rs.getLong(3);
            out.add(
                new LoggedAlert(
                    rs.getString(1),
                    rs.getString(2),
                    rs.wasNull() ? null : incident,
                    rs.getString(4)));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    return out;
  }

  /** Outbox messages counted by kind and status, e.g. {@code PAGE SENT -> 11}. */
  Map<String, Integer> outbox() {
    Map<String, Integer> out = new TreeMap<>();
    query(
        "SELECT kind, status, COUNT(*) FROM outbox GROUP BY kind, status",
        rs -> {
          try {
            out.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    return out;
  }

  /** The group keys of each incident, from the alert log. */
  static Map<Long, Set<String>> groupsByIncident(List<LoggedAlert> log) {
    Map<Long, Set<String>> out = new HashMap<>();
    for (LoggedAlert a : log) {
      if (a.incident() != null) {
        out.computeIfAbsent(a.incident(), k -> new HashSet<>()).add(a.groupKey());
      }
    }
    return out;
  }

  /** The incidents of each group key, from the alert log. */
  static Map<String, Set<Long>> incidentsByGroup(List<LoggedAlert> log) {
    Map<String, Set<Long>> out = new HashMap<>();
    for (LoggedAlert a : log) {
      Set<Long> set = out.computeIfAbsent(a.groupKey(), k -> new HashSet<>());
      if (a.incident() != null) {
        set.add(a.incident());
      }
    }
    return out;
  }

  private void query(String sql, Consumer<ResultSet> row) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + database, config.toProperties());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        row.accept(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read " + database.getFileName() + ": " + e, e);
    }
  }
}
