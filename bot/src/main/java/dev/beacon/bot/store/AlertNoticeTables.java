package dev.beacon.bot.store;

import dev.beacon.core.alerts.AlertAction;
import dev.beacon.core.alerts.AlertNotice;
import dev.beacon.core.incident.Severity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The SQL for {@code alert_notice}: alert groups paged or posted about without an incident. Lists
 * are kept one item per line (links as {@code url<TAB>label}). Callers hold the lock.
 */
final class AlertNoticeTables {

  private static final String COLUMNS =
      "id, source, group_key, action, target, severity, title, summary, services, links, firing,"
          + " cycle, opened_at, changed_at";

  private final Connection connection;
  private final Path file;

  AlertNoticeTables(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  Optional<AlertNotice> find(String source, String groupKey) {
    return one(
        "SELECT " + COLUMNS + " FROM alert_notice WHERE source = ? AND group_key = ?",
        "read the alert notice of " + groupKey,
        s -> {
          s.setString(1, source);
          s.setString(2, groupKey);
        });
  }

  Optional<AlertNotice> find(long id) {
    return one(
        "SELECT " + COLUMNS + " FROM alert_notice WHERE id = ?",
        "read alert notice " + id,
        s -> s.setLong(1, id));
  }

  AlertNotice save(AlertNotice n) {
    String sql =
        n.id() == 0
            ? "INSERT INTO alert_notice (source, group_key, action, target, severity, title,"
                + " summary, services, links, firing, cycle, opened_at, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            : "UPDATE alert_notice SET source = ?, group_key = ?, action = ?, target = ?,"
                + " severity = ?, title = ?, summary = ?, services = ?, links = ?, firing = ?,"
                + " cycle = ?, opened_at = ?, changed_at = ? WHERE id = ?";
    try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, n.source());
      s.setString(2, n.groupKey());
      s.setString(3, n.action().word());
      s.setString(4, n.target());
      s.setString(5, n.severity().name());
      s.setString(6, n.title());
      s.setString(7, n.summary());
      s.setString(8, String.join("\n", n.services()));
      s.setString(
          9, String.join("\n", n.links().stream().map(l -> l.url() + "\t" + l.label()).toList()));
      s.setString(10, String.join("\n", n.firing().stream().sorted().toList()));
      s.setInt(11, n.cycle());
      s.setString(12, n.openedAt().toString());
      s.setString(13, n.changedAt().toString());
      if (n.id() != 0) {
        s.setLong(14, n.id());
        s.executeUpdate();
        return n;
      }
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return n.withId(keys.getLong(1));
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, "save the alert notice of " + n.groupKey(), e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private Optional<AlertNotice> one(String sql, String doing, Binder binder) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqliteFailure.of(file, doing, e);
    }
  }

  private static AlertNotice read(ResultSet rs) throws SQLException {
    List<AlertNotice.Link> links = new ArrayList<>();
    for (String line : lines(rs.getString(10))) {
      int tab = line.indexOf('\t');
      links.add(
          tab < 0
              ? new AlertNotice.Link(line, "")
              : new AlertNotice.Link(line.substring(0, tab), line.substring(tab + 1)));
    }
    return new AlertNotice(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        AlertAction.parse(rs.getString(4)),
        rs.getString(5),
        Severity.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getString(8),
        lines(rs.getString(9)),
        links,
        new LinkedHashSet<>(lines(rs.getString(11))),
        rs.getInt(12),
        Instant.parse(rs.getString(13)),
        Instant.parse(rs.getString(14)));
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
  }
}
