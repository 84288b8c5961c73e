package dev.beacon.bot.store;

import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import dev.beacon.core.store.IncidentStore.SentState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL for {@code outbox}: side effects to send after commit. Callers hold the store's lock. */
final class OutboxTables {

  private static final String COLUMNS =
      "key, incident, topic, kind, recipient, text, created_at, sent_at";

  private final Connection connection;
  private final Path file;

  OutboxTables(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  boolean enqueue(OutboxMessage m) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO outbox (key, incident, topic, kind, recipient, text,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, m.key());
      if (m.incident().isPresent()) {
        s.setLong(2, m.incident().get().number());
      } else {
        s.setNull(2, java.sql.Types.INTEGER);
      }
      s.setString(3, m.topic());
      s.setString(4, m.kind().name());
      s.setString(5, m.recipient());
      s.setString(6, m.text());
      s.setString(7, m.createdAt().toString());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "enqueue " + m.key(), e);
    }
  }

  void markSent(String key, Instant at) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE outbox SET sent_at = ?, status = 'SENT', next_attempt_at = NULL WHERE key = ?")) {
      s.setString(1, at.toString());
      s.setString(2, key);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no outbox message " + key);
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "mark " + key + " sent", e);
    }
  }

  List<OutboxMessage> unsent(int limit) {
    List<OutboxMessage> out = new ArrayList<>();
    for (SentState s :
        query(
            "SELECT " + COLUMNS + " FROM outbox WHERE status = 'PENDING' ORDER BY seq LIMIT ?",
            limit)) {
      out.add(s.message());
    }
    return out;
  }

  /** Pending messages whose next attempt is due at {@code now}, oldest first. */
  List<OutboxMessage> due(Instant now, int limit) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM outbox WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR"
                + " next_attempt_at <= ?) ORDER BY seq LIMIT ?")) {
      s.setString(1, IncidentTables.QUERY_INSTANT.format(now));
      s.setInt(2, limit);
      List<OutboxMessage> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs).message());
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the due outbox", e);
    }
  }

  Optional<DeliveryState> delivery(String key) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT key, status, method_index, attempts, method_since, next_attempt_at, method,"
                + " last_error FROM outbox WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new DeliveryState(
                rs.getString(1),
                DeliveryState.Status.valueOf(rs.getString(2)),
                rs.getInt(3),
                rs.getInt(4),
                TimerTables.instant(rs.getString(5)),
                TimerTables.instant(rs.getString(6)),
                rs.getString(7),
                rs.getString(8)));
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the delivery of " + key, e);
    }
  }

  int cancelPendingPages(IncidentId id) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE outbox SET status = 'CANCELLED', next_attempt_at = NULL"
                + " WHERE incident = ? AND kind = 'PAGE' AND status = 'PENDING'")) {
      s.setLong(1, id.number());
      return s.executeUpdate();
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "cancel the pending pages of " + id, e);
    }
  }

  void saveDelivery(DeliveryState d) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE outbox SET status = ?, method_index = ?, attempts = ?, method_since = ?,"
                + " next_attempt_at = ?, method = ?, last_error = ? WHERE key = ?")) {
      s.setString(1, d.status().name());
      s.setInt(2, d.methodIndex());
      s.setInt(3, d.attempts());
      s.setString(4, TimerTables.text(d.methodSince()));
      s.setString(
          5,
          d.nextAttemptAt() == null
              ? null
              : IncidentTables.QUERY_INSTANT.format(d.nextAttemptAt()));
      s.setString(6, d.method());
      s.setString(7, d.lastError());
      s.setString(8, d.key());
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no outbox message " + d.key());
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "save the delivery of " + d.key(), e);
    }
  }

  List<SentState> of(IncidentId id) {
    return query("SELECT " + COLUMNS + " FROM outbox WHERE incident = ? ORDER BY seq", id.number());
  }

  /** The messages about {@code topic} (no incident), oldest first. */
  List<SentState> about(String topic) {
    return query("SELECT " + COLUMNS + " FROM outbox WHERE topic = ? ORDER BY seq", topic);
  }

  private static SentState read(ResultSet rs) throws SQLException {
    long incident = rs.getLong(2);
    Optional<IncidentId> id =
        rs.wasNull() ? Optional.empty() : Optional.of(new IncidentId(incident));
    return new SentState(
        new OutboxMessage(
            rs.getString(1),
            id,
            rs.getString(3),
            OutboxMessage.Kind.valueOf(rs.getString(4)),
            rs.getString(5),
            rs.getString(6),
            Instant.parse(rs.getString(7))),
        TimerTables.instant(rs.getString(8)));
  }

  private List<SentState> query(String sql, Object parameter) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setObject(1, parameter);
      List<SentState> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the outbox", e);
    }
  }
}
