package dev.beacon.bot.store;

import dev.beacon.core.escalation.EscalationState;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL for {@code escalation_state}: each incident's timers. Callers hold the store's lock. */
final class TimerTables {

  private static final String COLUMNS =
      "incident, policy, cycle, level, round, escalate_at, last_update_at, update_due_at,"
          + " update_overdue, repage_at, repages, hyper_care";

  private final Connection connection;
  private final Path file;

  TimerTables(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  Optional<EscalationState> find(IncidentId id) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM escalation_state WHERE incident = ?")) {
      s.setLong(1, id.number());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the timers of " + id, e);
    }
  }

  void save(EscalationState state) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO escalation_state ("
                + COLUMNS
                + ", next_wake) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, state.incident().number());
      s.setString(2, state.policy());
      s.setInt(3, state.cycle());
      s.setInt(4, state.level());
      s.setInt(5, state.round());
      s.setString(6, text(state.escalateAt()));
      s.setString(7, text(state.lastUpdateAt()));
      s.setString(8, text(state.updateDueAt()));
      s.setInt(9, state.updateOverdue() ? 1 : 0);
      s.setString(10, text(state.repageAt()));
      s.setInt(11, state.repages());
      s.setString(12, state.hyperCare());
      s.setString(13, text(state.nextWake().orElse(null)));
      s.executeUpdate();
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "save the timers of " + state.incident(), e);
    }
  }

  List<EscalationState> running() {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM escalation_state WHERE next_wake IS NOT NULL ORDER BY incident")) {
      List<EscalationState> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "list running timers", e);
    }
  }

  private static EscalationState read(ResultSet rs) throws SQLException {
    return new EscalationState(
        new IncidentId(rs.getLong(1)),
        rs.getString(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        instant(rs.getString(6)),
        instant(rs.getString(7)),
        instant(rs.getString(8)),
        rs.getInt(9) != 0,
        instant(rs.getString(10)),
        rs.getInt(11),
        rs.getString(12));
  }

  /** Full-precision ISO text; null stays null. */
  static String text(Instant at) {
    return at == null ? null : at.toString();
  }

  static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
