package dev.beacon.bot.store;

import dev.beacon.core.audit.AuditEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The SQL for {@code audit_log}. Callers hold the store's lock. */
final class AuditTables {

  private final Connection connection;
  private final Path file;

  AuditTables(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** Inserts {@code entry} in a transaction of its own (autocommit), so it is durable on return. */
  void append(AuditEntry entry) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, outcome, reason) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, entry.at().toString());
      s.setString(2, entry.actor());
      s.setString(3, entry.action());
      s.setString(4, entry.outcome());
      s.setString(5, entry.reason());
      s.executeUpdate();
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "write the audit log", e);
    }
  }

  List<AuditEntry> recent(int limit) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT at, actor, action, outcome, reason FROM audit_log ORDER BY seq DESC LIMIT ?")) {
      s.setInt(1, limit);
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  Instant.parse(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
      Collections.reverse(out);
      return out;
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "read the audit log", e);
    }
  }
}
