package dev.beacon.bot.store;

import dev.beacon.core.alerts.AlertGroup;
import dev.beacon.core.alerts.AlertLogEntry;
import dev.beacon.core.alerts.AlertRecords;
import dev.beacon.core.alerts.AlertStatus;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL for {@code alert_group}, {@code alert_state} and {@code alert_log}. Callers hold the
 * lock.
 */
final class AlertTables implements AlertRecords {

  private final Connection connection;
  private final Path file;
  private final AlertNoticeTables notices;

  /** Fingerprints looked up per query at most. */
  private static final int CHUNK = 500;

  AlertTables(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
    this.notices = new AlertNoticeTables(connection, file);
  }

  @Override
  public Optional<dev.beacon.core.alerts.AlertNotice> notice(String source, String groupKey) {
    return notices.find(source, groupKey);
  }

  @Override
  public Optional<dev.beacon.core.alerts.AlertNotice> notice(long id) {
    return notices.find(id);
  }

  @Override
  public dev.beacon.core.alerts.AlertNotice saveNotice(dev.beacon.core.alerts.AlertNotice notice) {
    return notices.save(notice);
  }

  @Override
  public Optional<AlertGroup> group(String source, String groupKey) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT incident, opened_at, storm FROM alert_group WHERE source = ? AND group_key = ?")) {
      s.setString(1, source);
      s.setString(2, groupKey);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(
                new AlertGroup(
                    source,
                    groupKey,
                    new IncidentId(rs.getLong(1)),
                    Instant.parse(rs.getString(2)),
                    rs.getInt(3) != 0))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read alert group " + groupKey, e);
    }
  }

  @Override
  public void saveGroup(AlertGroup g) {
    update(
        "INSERT INTO alert_group (source, group_key, incident, opened_at, storm)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, group_key) DO UPDATE SET"
            + " incident = excluded.incident, opened_at = excluded.opened_at, storm = excluded.storm",
        "save alert group " + g.groupKey(),
        s -> {
          s.setString(1, g.source());
          s.setString(2, g.groupKey());
          s.setLong(3, g.incident().number());
          s.setString(4, g.openedAt().toString());
          s.setInt(5, g.storm() ? 1 : 0);
        });
  }

  @Override
  public Map<String, AlertStatus> states(IncidentId incident) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT fingerprint, status FROM alert_state WHERE incident = ? ORDER BY fingerprint")) {
      s.setLong(1, incident.number());
      Map<String, AlertStatus> out = new LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), AlertStatus.valueOf(rs.getString(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the alert states of " + incident, e);
    }
  }

  @Override
  public Map<String, AlertStatus> states(
      IncidentId incident, java.util.Collection<String> fingerprints) {
    Map<String, AlertStatus> out = new LinkedHashMap<>();
    List<String> all = List.copyOf(fingerprints);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement s =
          connection.prepareStatement(
              "SELECT fingerprint, status FROM alert_state WHERE incident = ? AND fingerprint IN ("
                  + marks
                  + ")")) {
        s.setLong(1, incident.number());
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 2, chunk.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), AlertStatus.valueOf(rs.getString(2)));
          }
        }
      } catch (SQLException e) {
        throw SqliteFailure.of(file, "read alert states of " + incident, e);
      }
    }
    return out;
  }

  @Override
  public int firingCount(IncidentId incident) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM alert_state WHERE incident = ? AND status = 'FIRING'")) {
      s.setLong(1, incident.number());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "count the firing alerts of " + incident, e);
    }
  }

  @Override
  public void saveState(IncidentId incident, String fingerprint, AlertStatus status, Instant at) {
    update(
        "INSERT INTO alert_state (incident, fingerprint, status, changed_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (incident, fingerprint) DO UPDATE SET status = excluded.status,"
            + " changed_at = excluded.changed_at",
        "save an alert state of " + incident,
        s -> {
          s.setLong(1, incident.number());
          s.setString(2, fingerprint);
          s.setString(3, status.name());
          s.setString(4, at.toString());
        });
  }

  @Override
  public int incidentsOpenedSince(String source, Instant since) {
    return count(
        "SELECT COUNT(DISTINCT incident) FROM alert_group"
            + " WHERE source = ? AND storm = 0 AND opened_at >= ?",
        source,
        since);
  }

  @Override
  public int receivedSince(String source, Instant since) {
    return count(
        "SELECT COUNT(*) FROM alert_log WHERE source = ? AND received_at >= ?", source, since);
  }

  @Override
  public void log(AlertLogEntry e) {
    update(
        "INSERT INTO alert_log (received_at, source, group_key, fingerprint, status, name,"
            + " incident, disposition) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "log an alert",
        s -> {
          s.setString(1, e.receivedAt().toString());
          s.setString(2, e.source());
          s.setString(3, e.groupKey());
          s.setString(4, e.fingerprint());
          s.setString(5, e.status().name());
          s.setString(6, e.name());
          if (e.incident().isPresent()) {
            s.setLong(7, e.incident().get().number());
          } else {
            s.setNull(7, Types.INTEGER);
          }
          s.setString(8, e.disposition());
        });
  }

  private int count(String sql, String source, Instant since) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setString(1, source);
      s.setString(2, since.toString());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "count alerts of " + source, e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private void update(String sql, String doing, Binder binder) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      binder.bind(s);
      s.executeUpdate();
    } catch (SQLException e) {
      throw SqliteFailure.of(file, doing, e);
    }
  }
}
