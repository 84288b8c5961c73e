package dev.beacon.bot.store;

import dev.beacon.core.store.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns a JDBC failure into a {@link StoreException} whose message says what to do. */
final class SqliteFailure {

  private SqliteFailure() {}

  /** A failure while {@code doing} something with the database at {@code file}. */
  static StoreException of(Path file, String doing, SQLException e) {
    SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
    String advice;
    if (code == SQLiteErrorCode.SQLITE_FULL) {
      advice = "The disk is full; free some space and try again.";
    } else if (code == SQLiteErrorCode.SQLITE_BUSY
        || code == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT
        || code == SQLiteErrorCode.SQLITE_LOCKED) {
      advice = "Another process is writing to it; try again in a moment.";
    } else if (code == SQLiteErrorCode.SQLITE_NOTADB
        || code == SQLiteErrorCode.SQLITE_CORRUPT
        || code == SQLiteErrorCode.SQLITE_CORRUPT_INDEX) {
      advice =
          "The file is damaged or is not a Beacon store; run `beacon verify-store`, and restore"
              + " it from a backup if needed.";
    } else if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
      advice = "Check that the file and its directory exist and that Beacon may write to them.";
    } else {
      advice = "";
    }
    return new StoreException(
        "Could not "
            + doing
            + " in the store at "
            + file
            + ": "
            + e.getMessage()
            + (advice.isEmpty() ? "" : ". " + advice),
        e);
  }
}
