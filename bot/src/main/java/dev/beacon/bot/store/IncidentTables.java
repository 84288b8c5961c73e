package dev.beacon.bot.store;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.integrations.json.JsonFormatException;
import dev.beacon.integrations.json.TimelineJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQL for the {@code incident}, {@code timeline_event} and {@code incident_counter} tables over
 * one connection. The JSON {@code body} is the record; other columns are copies for querying.
 * Callers hold the store's lock; transactions are the caller's business.
 */
final class IncidentTables {

  /** Query columns hold UTC instants with milliseconds, so text order is time order. */
  static final DateTimeFormatter QUERY_INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Connection connection;
  private final Path file;

  IncidentTables(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  Optional<Incident> find(IncidentId id) {
    try (PreparedStatement s =
        connection.prepareStatement("SELECT body FROM incident WHERE number = ?")) {
      s.setLong(1, id.number());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(incident(rs.getString(1), id)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read " + id, e);
    }
  }

  List<Incident> open() {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT number, body FROM incident WHERE status IN ('declared', 'acknowledged',"
                + " 'mitigated') ORDER BY number")) {
      List<Incident> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(incident(rs.getString(2), new IncidentId(rs.getLong(1))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "list open incidents", e);
    }
  }

  List<Incident> recent(int limit) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT number, body FROM incident ORDER BY number DESC LIMIT ?")) {
      s.setInt(1, Math.max(0, limit));
      List<Incident> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(incident(rs.getString(2), new IncidentId(rs.getLong(1))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "list recent incidents", e);
    }
  }

  List<TimelineEvent> timeline(IncidentId id) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT seq, body FROM timeline_event WHERE incident = ? ORDER BY seq")) {
      s.setLong(1, id.number());
      List<TimelineEvent> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(event(rs.getString(2), rs.getLong(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the timeline of " + id, e);
    }
  }

  /** Increments the counter and returns the new number. */
  IncidentId nextIncidentId() {
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE incident_counter SET last_number = last_number + 1 WHERE id = 1")) {
      if (s.executeUpdate() != 1) {
        throw new StoreException(
            "The store at " + file + " has no incident counter; run `beacon verify-store`.");
      }
      return new IncidentId(lastNumber());
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "take the next incident number", e);
    }
  }

  void insert(Incident incident) {
    try {
      if (incident.id().number() > lastNumber()) {
        throw new IllegalStateException(
            incident.id() + " was not handed out by nextIncidentId(); take the number first");
      }
      try (PreparedStatement s =
          connection.prepareStatement(
              "INSERT INTO incident (number, title, severity, status, created_at, updated_at,"
                  + " body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, incident.id().number());
        bindIncidentColumns(s, 2, incident);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      if (isConstraint(e, SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)) {
        throw new IllegalStateException(incident.id() + " already exists", e);
      }
      throw SqliteFailure.of(file, "insert " + incident.id(), e);
    }
  }

  void update(Incident incident) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "UPDATE incident SET title = ?, severity = ?, status = ?, created_at = ?,"
                + " updated_at = ?, body = ? WHERE number = ?")) {
      bindIncidentColumns(s, 1, incident);
      s.setLong(7, incident.id().number());
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException(incident.id() + " does not exist");
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "update " + incident.id(), e);
    }
  }

  void append(TimelineEvent event) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO timeline_event (incident, kind, at, actor, body) VALUES (?, ?, ?, ?, ?)")) {
      s.setLong(1, event.incident().number());
      s.setString(2, event.kind());
      s.setString(3, QUERY_INSTANT.format(event.at()));
      s.setString(4, event.actor().id());
      s.setString(5, TimelineJson.toJson(event));
      s.executeUpdate();
    } catch (SQLException e) {
      if (isConstraint(e, SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY)) {
        throw new IllegalStateException(event.incident() + " does not exist", e);
      }
      throw SqliteFailure.of(file, "append to the timeline of " + event.incident(), e);
    }
  }

  private long lastNumber() throws SQLException {
    try (PreparedStatement s =
            connection.prepareStatement("SELECT last_number FROM incident_counter WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static void bindIncidentColumns(PreparedStatement s, int first, Incident incident)
      throws SQLException {
    s.setString(first, incident.title());
    s.setString(first + 1, incident.severity().name());
    s.setString(first + 2, incident.status().label());
    s.setString(first + 3, QUERY_INSTANT.format(incident.createdAt()));
    s.setString(first + 4, QUERY_INSTANT.format(incident.updatedAt()));
    s.setString(first + 5, TimelineJson.toJson(incident));
  }

  private Incident incident(String body, IncidentId id) {
    try {
      return TimelineJson.incidentFromJson(body);
    } catch (JsonFormatException e) {
      throw new StoreException(
          "The store at " + file + " holds an unreadable " + id + ": " + e.getMessage(), e);
    }
  }

  private TimelineEvent event(String body, long seq) {
    try {
      return TimelineJson.eventFromJson(body);
    } catch (JsonFormatException e) {
      throw new StoreException(
          "The store at "
              + file
              + " holds an unreadable timeline event #"
              + seq
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static boolean isConstraint(SQLException e, SQLiteErrorCode code) {
    return e instanceof SQLiteException s && s.getResultCode() == code;
  }
}
