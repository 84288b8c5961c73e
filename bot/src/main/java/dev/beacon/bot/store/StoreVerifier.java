package dev.beacon.bot.store;

import dev.beacon.core.incident.Incident;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.core.timeline.TimelineReplay;
import dev.beacon.integrations.json.TimelineJson;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a store end to end, read-only and without the directory lock, so it can run beside a
 * running Beacon ({@code beacon verify-store}): SQLite's {@code integrity_check} and {@code
 * foreign_key_check}, then Beacon's own rules (every event belongs to an existing incident, the
 * counter is at or above every incident number, every JSON body decodes and agrees with its row).
 */
public final class StoreVerifier {

  private static final int MAX_PROBLEMS_PER_CHECK = 20;

  private final List<String> lines = new ArrayList<>();
  private boolean ok = true;

  private StoreVerifier() {}

  /** Verifies the store in {@code dataDir}; never throws for a damaged store, it reports it. */
  public static VerificationReport verify(Path dataDir) {
    StoreVerifier v = new StoreVerifier();
    v.run(DatabaseFile.in(dataDir));
    return new VerificationReport(v.ok, v.lines);
  }

  private void run(DatabaseFile db) {
    if (!db.exists()) {
      problem("no Beacon store exists at " + db.path());
      return;
    }
    Connection c;
    try {
      c = db.openReadOnly();
    } catch (RuntimeException e) {
      problem("cannot open " + db.path() + ": " + e.getMessage());
      return;
    }
    try (c) {
      passed("opened " + db.path() + " read-only");
      if (!schemaVersion(c)) {
        return;
      }
      integrity(c);
      foreignKeys(c);
      orphanEvents(c);
      counter(c);
      incidentBodies(c);
      eventBodies(c);
      timelinesAgree(c);
    } catch (SQLException e) {
      problem("the check stopped: " + e.getMessage());
    }
  }

  private boolean schemaVersion(Connection c) {
    try {
      int version = SchemaMigrator.version(c);
      int latest = SchemaMigrator.latestVersion();
      if (version == latest) {
        passed("schema version " + version);
        return true;
      }
      problem(
          "schema version "
              + version
              + ", but this Beacon knows version "
              + latest
              + (version > latest ? "; verify with the newer Beacon" : "; run beacon once"));
      return false;
    } catch (SQLException e) {
      problem("cannot read the schema version: " + e.getMessage());
      return false;
    }
  }

  private void integrity(Connection c) {
    List<String> found = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    } catch (SQLException e) {
      problem("integrity_check failed: " + e.getMessage());
      return;
    }
    if (found.equals(List.of("ok"))) {
      passed("integrity_check");
    } else {
      found.stream().limit(MAX_PROBLEMS_PER_CHECK).forEach(f -> problem("integrity_check: " + f));
    }
  }

  private void foreignKeys(Connection c) {
    rowsAreProblems(
        c,
        "PRAGMA foreign_key_check",
        "foreign_key_check",
        rs ->
            rs.getString(1)
                + " row "
                + rs.getLong(2)
                + " refers to a missing row in "
                + rs.getString(3));
  }

  private void orphanEvents(Connection c) {
    rowsAreProblems(
        c,
        "SELECT e.seq, e.incident, i.number FROM timeline_event e"
            + " LEFT JOIN incident i ON i.number = e.incident ORDER BY e.seq",
        "every timeline event belongs to an existing incident",
        rs -> {
          rs.getLong(3);
          return !rs.wasNull()
              ? null
              : "timeline event #"
                  + rs.getLong(1)
                  + " belongs to INC-"
                  + rs.getLong(2)
                  + ", which does not exist";
        });
  }

  private void counter(Connection c) {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM incident_counter),"
                    + " (SELECT max(last_number) FROM incident_counter),"
                    + " (SELECT coalesce(max(number), 0) FROM incident)")) {
      rs.next();
      long rows = rs.getLong(1);
      long counter = rs.getLong(2);
      long highest = rs.getLong(3);
      if (rows != 1) {
        problem("the incident counter table has " + rows + " rows instead of 1");
      } else if (counter < highest) {
        problem(
            "the incident counter is at "
                + counter
                + " but INC-"
                + highest
                + " exists; new incidents would reuse numbers");
      } else {
        passed("incident counter " + counter + " >= highest incident number " + highest);
      }
    } catch (SQLException e) {
      problem("cannot read the incident counter: " + e.getMessage());
    }
  }

  private void incidentBodies(Connection c) {
    rowsAreProblems(
        c,
        "SELECT number, body FROM incident ORDER BY number",
        "every incident's JSON decodes and matches its row",
        rs -> {
          try {
            Incident incident = TimelineJson.incidentFromJson(rs.getString(2));
            return incident.id().number() == rs.getLong(1)
                ? null
                : "incident row " + rs.getLong(1) + " holds " + incident.id();
          } catch (RuntimeException e) {
            return "INC-" + rs.getLong(1) + " does not decode: " + e.getMessage();
          }
        });
  }

  private void eventBodies(Connection c) {
    rowsAreProblems(
        c,
        "SELECT seq, incident, kind, body FROM timeline_event ORDER BY seq",
        "every timeline event's JSON decodes and matches its row",
        rs -> {
          long seq = rs.getLong(1);
          try {
            TimelineEvent e = TimelineJson.eventFromJson(rs.getString(4));
            boolean matches =
                e.incident().number() == rs.getLong(2) && e.kind().equals(rs.getString(3));
            return matches
                ? null
                : "timeline event #"
                    + seq
                    + " row says INC-"
                    + rs.getLong(2)
                    + " "
                    + rs.getString(3)
                    + " but its JSON says "
                    + e.incident()
                    + " "
                    + e.kind();
          } catch (RuntimeException e) {
            return "timeline event #" + seq + " does not decode: " + e.getMessage();
          }
        });
  }

  /** Every incident is what its timeline says: no change was committed without its event. */
  private void timelinesAgree(Connection c) {
    Map<Long, List<TimelineEvent>> events = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT incident, body FROM timeline_event ORDER BY incident, seq")) {
      while (rs.next()) {
        try {
          events
              .computeIfAbsent(rs.getLong(1), n -> new ArrayList<>())
              .add(TimelineJson.eventFromJson(rs.getString(2)));
        } catch (RuntimeException e) {
          // reported by eventBodies
        }
      }
    } catch (SQLException e) {
      problem("every incident agrees with its timeline: the check failed: " + e.getMessage());
      return;
    }
    rowsAreProblems(
        c,
        "SELECT number, body FROM incident ORDER BY number",
        "every incident agrees with its timeline (status, severity, roles)",
        rs -> {
          Incident incident;
          try {
            incident = TimelineJson.incidentFromJson(rs.getString(2));
          } catch (RuntimeException e) {
            return null; // reported by incidentBodies
          }
          Optional<TimelineReplay> replay =
              TimelineReplay.of(events.getOrDefault(rs.getLong(1), List.of()));
          if (replay.isEmpty()) {
            return incident.id() + ": its timeline does not start with its declaration";
          }
          return replay
              .get()
              .differenceFrom(incident)
              .map(d -> incident.id() + ": " + d)
              .orElse(null);
        });
  }

  /** What a result row means as a problem; {@code null} when the row is fine. */
  @FunctionalInterface
  private interface RowProblem {
    String describe(ResultSet rs) throws SQLException;
  }

  private void rowsAreProblems(Connection c, String sql, String check, RowProblem rowProblem) {
    int problems = 0;
    int rows = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows++;
        String p = rowProblem.describe(rs);
        if (p != null) {
          problems++;
          if (problems <= MAX_PROBLEMS_PER_CHECK) {
            problem(p);
          }
        }
      }
    } catch (SQLException e) {
      problem(check + ": the check failed: " + e.getMessage());
      return;
    }
    if (problems > MAX_PROBLEMS_PER_CHECK) {
      problem("... and " + (problems - MAX_PROBLEMS_PER_CHECK) + " more (" + check + ")");
    }
    if (problems == 0) {
      passed(check + (sql.startsWith("SELECT") ? " (" + rows + " checked)" : ""));
    }
  }

  private void passed(String line) {
    lines.add("ok       " + line);
  }

  private void problem(String line) {
    ok = false;
    lines.add("PROBLEM  " + line);
  }
}
