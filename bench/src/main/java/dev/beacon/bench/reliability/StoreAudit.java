package dev.beacon.bench.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * What a Beacon store holds, read with a read-only SQLite connection (no lock, so also beside a
 * running Beacon): the alert log, each incident's timeline event kinds and status, the running
 * timers, and the outbox.
 *
 * @param alertLog rows of {@code alert_log} by {@code source|fingerprint|STATUS}
 * @param eventKinds each incident's timeline event kinds
 * @param statuses each incident's status
 * @param timers each running timer: incident number to its next wake-up in epoch milliseconds
 * @param unacknowledgedWithoutTimer declared (unacknowledged) incidents with no running timer
 * @param outbox outbox rows by {@code KIND STATUS}
 * @param pagedIncidents incidents with at least one page sent (status SENT)
 * @param reopens how many times each reopened incident was reopened
 * @param events timeline events in all
 */
record StoreAudit(
    Map<String, Integer> alertLog,
    Map<Long, Set<String>> eventKinds,
    Map<Long, String> statuses,
    Map<Long, Long> timers,
    List<Long> unacknowledgedWithoutTimer,
    Map<String, Integer> outbox,
    Set<Long> pagedIncidents,
    Map<Long, Integer> reopens,
    long events) {

  /** Reads the store in {@code dataDir}. */
  static StoreAudit read(Path dataDir) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(5_000);
    try (Connection c =
            config.createConnection("jdbc:sqlite:" + dataDir.resolve("beacon.db").toString());
        Statement s = c.createStatement()) {
      Map<String, Integer> alertLog = new HashMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT source, fingerprint, status, count(*) FROM alert_log"
                  + " GROUP BY source, fingerprint, status")) {
        while (rs.next()) {
          alertLog.put(
              rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getInt(4));
        }
      }
      Map<Long, Set<String>> kinds = new HashMap<>();
      Map<Long, Integer> reopens = new HashMap<>();
      long events = 0;
      try (ResultSet rs = s.executeQuery("SELECT incident, kind FROM timeline_event")) {
        while (rs.next()) {
          kinds.computeIfAbsent(rs.getLong(1), n -> new HashSet<>()).add(rs.getString(2));
          if (rs.getString(2).equals("reopened")) {
            reopens.merge(rs.getLong(1), 1, Integer::sum);
          }
          events++;
        }
      }
      Map<Long, String> statuses = new TreeMap<>();
      try (ResultSet rs = s.executeQuery("SELECT number, status FROM incident")) {
        while (rs.next()) {
          statuses.put(rs.getLong(1), rs.getString(2));
        }
      }
      Map<Long, Long> timers = new TreeMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT incident, next_wake FROM escalation_state WHERE next_wake IS NOT NULL")) {
        while (rs.next()) {
          // Quartz counts whole milliseconds and Beacon rounds a wake-up up, never early.
          Instant due = Instant.parse(rs.getString(2));
          timers.put(
              rs.getLong(1),
              due.plusNanos(999_999)
                      .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                      .toEpochMilli()
                  + 3); // Beacon arms a wake-up 3 ms after due: Quartz may fire 2 ms early
        }
      }
      List<Long> without = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT i.number FROM incident i LEFT JOIN escalation_state e"
                  + " ON e.incident = i.number WHERE upper(i.status) = 'DECLARED'"
                  + " AND e.next_wake IS NULL ORDER BY i.number")) {
        while (rs.next()) {
          without.add(rs.getLong(1));
        }
      }
      Map<String, Integer> outbox = new TreeMap<>();
      try (ResultSet rs =
          s.executeQuery("SELECT kind, status, count(*) FROM outbox GROUP BY kind, status")) {
        while (rs.next()) {
          outbox.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
        }
      }
      Set<Long> paged = new HashSet<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT DISTINCT incident FROM outbox WHERE kind = 'PAGE' AND status = 'SENT'"
                  + " AND incident IS NOT NULL")) {
        while (rs.next()) {
          paged.add(rs.getLong(1));
        }
      }
      return new StoreAudit(
          alertLog, kinds, statuses, timers, without, outbox, paged, reopens, events);
    }
  }

  /** Outbox rows of {@code kind} (PAGE, SYNC, ...) with {@code status} (PENDING, SENT, ...). */
  int outbox(String kind, String status) {
    return outbox.getOrDefault(kind + " " + status, 0);
  }
}
