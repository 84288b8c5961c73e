package dev.beacon.bench.store;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Declaration;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Beacon's durable timeline append: {@link IncidentService#addNote}, one {@code NoteAdded} event
 * committed to the SQLite store (WAL, {@code synchronous=FULL}) before it returns. Each writer
 * writes to an incident of its own, declared beforehand.
 */
final class BeaconNoteAppends implements AutoCloseable {

  private static final Actor ALICE = Actor.person("alice");

  private final SqliteIncidentStore store;
  private final IncidentService incidents;
  private final IncidentId[] mine;
  private final Path wal;

  private BeaconNoteAppends(SqliteIncidentStore store, int writers) {
    this.store = store;
    this.wal = store.path().resolveSibling(store.path().getFileName() + "-wal");
    this.incidents = new IncidentService(store, TestCatalog.create(), Clock.systemUTC());
    this.mine = new IncidentId[writers];
    for (int w = 0; w < writers; w++) {
      mine[w] =
          incidents
              .declare(
                  Declaration.of("Append bench, writer " + w, Severity.SEV3, "payments-api"), ALICE)
              .id();
    }
  }

  /** Opens a new store in {@code dataDir} and declares one incident per writer. */
  static BeaconNoteAppends open(Path dataDir, int writers) {
    return new BeaconNoteAppends(SqliteIncidentStore.open(dataDir), writers);
  }

  /** Adds writer {@code writer}'s {@code n}-th note; it is on disk when this returns. */
  void append(int writer, long n) {
    incidents.addNote(mine[writer], text(writer, n), ALICE);
  }

  /**
   * How many bytes one note adds to SQLite's write-ahead log (the pages its commit changed, 4 KiB
   * each plus a header): the median growth over a few notes, or -1 if the log cannot be read.
   */
  long walBytesPerNote() {
    long[] growth = new long[5];
    try {
      for (int i = 0; i < growth.length; i++) {
        long before = Files.size(wal);
        append(0, -1 - i);
        growth[i] = Files.size(wal) - before;
      }
    } catch (IOException e) {
      return -1;
    }
    Arrays.sort(growth);
    return growth[growth.length / 2];
  }

  /** The note's text: short, like most notes typed in chat. */
  static String text(int writer, long n) {
    return "Append bench note " + n + " from writer " + writer + ": failover of the card gateway";
  }

  @Override
  public void close() {
    store.close();
  }
}
