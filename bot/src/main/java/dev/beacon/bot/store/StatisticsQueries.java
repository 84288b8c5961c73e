package dev.beacon.bot.store;

import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import dev.beacon.core.outbox.DeliveryState;
import dev.beacon.core.outbox.OutboxMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Read-only aggregate queries over the incident, outbox and timeline tables, for metrics. Callers
 * hold the store's lock. Values a newer Beacon might write (an unknown status) are skipped.
 */
final class StatisticsQueries {

  private final Connection connection;
  private final Path file;

  StatisticsQueries(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  StoreStatistics read() {
    try {
      return new StoreStatistics(incidents(), outbox(), escalations());
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "count incidents and outbox messages", e);
    }
  }

  private Map<Status, Map<Severity, Long>> incidents() throws SQLException {
    Map<Status, Map<Severity, Long>> out = new EnumMap<>(Status.class);
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT status, severity, COUNT(*) FROM incident GROUP BY status, severity");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Status status = constant(Status.class, rs.getString(1));
        Severity severity = constant(Severity.class, rs.getString(2));
        if (status != null && severity != null) {
          out.computeIfAbsent(status, k -> new EnumMap<>(Severity.class))
              .put(severity, rs.getLong(3));
        }
      }
    }
    return out;
  }

  private Map<OutboxMessage.Kind, Map<DeliveryState.Status, Long>> outbox() throws SQLException {
    Map<OutboxMessage.Kind, Map<DeliveryState.Status, Long>> out =
        new EnumMap<>(OutboxMessage.Kind.class);
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT kind, status, COUNT(*) FROM outbox GROUP BY kind, status");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        OutboxMessage.Kind kind = constant(OutboxMessage.Kind.class, rs.getString(1));
        DeliveryState.Status status = constant(DeliveryState.Status.class, rs.getString(2));
        if (kind != null && status != null) {
          out.computeIfAbsent(kind, k -> new EnumMap<>(DeliveryState.Status.class))
              .put(status, rs.getLong(3));
        }
      }
    }
    return out;
  }

  private long escalations() throws SQLException {
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM timeline_event WHERE kind = 'escalated'");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
