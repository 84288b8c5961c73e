package dev.beacon.bench.store;

import dev.beacon.bench.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench/run TimelineAppendBench [--quick] [--seconds N] [--events N] [--writers N] [--dir
 * D]}: how fast Beacon appends to a timeline durably (each event on disk before it is acknowledged)
 * with one writer and with 16, against a floor measured in the same run in the same directory: a
 * raw file append forced to disk per event. Targets (from the benchmarks issue): Beacon at least
 * half the floor with one writer; with 16 writers, group commit beats the floor.
 */
public final class TimelineAppendBench {

  private TimelineAppendBench() {}

  /** Runs the four measurements and publishes the report. */
  public static void main(String[] args) throws Exception {
    AppendSettings settings = AppendSettings.parse(args);
    Path dir = Files.createTempDirectory(settings.parent(), "beacon-append-");
    try {
      String loadBefore = LoadAverage.read();
      int n = settings.writers();
      AppendRun floor1 = floor(dir, 1, settings);
      long walPerNote = walBytesPerNote(dir);
      AppendRun beacon1 = beacon(dir, 1, settings);
      AppendRun floorN = floor(dir, n, settings);
      AppendRun beaconN = beacon(dir, n, settings);
      String fileSystem = Files.getFileStore(dir).type();
      report(args, settings, floor1, beacon1, floorN, beaconN, walPerNote)
          .note(
              "Load average (1 min) before and after: "
                  + loadBefore
                  + " and "
                  + LoadAverage.read()
                  + "; the directory was on "
                  + fileSystem
                  + ".")
          .publish();
    } finally {
      deleteTree(dir);
    }
  }

  private static AppendRun floor(Path dir, int writers, AppendSettings settings) throws Exception {
    progress("floor, forced file appends, " + writers + " writer(s)");
    try (ForcedFileAppends file =
        ForcedFileAppends.create(dir.resolve("floor-" + writers + "-writers.log"))) {
      ConcurrentWriters.run(writers, settings.warmUp(), 0, file::append);
      return ConcurrentWriters.run(writers, settings.measure(), settings.events(), file::append);
    }
  }

  private static AppendRun beacon(Path dir, int writers, AppendSettings settings) throws Exception {
    progress("Beacon, addNote, " + writers + " writer(s)");
    try (BeaconNoteAppends store =
        BeaconNoteAppends.open(dir.resolve("store-" + writers + "-writers"), writers)) {
      ConcurrentWriters.run(writers, settings.warmUp(), 0, store::append);
      return ConcurrentWriters.run(writers, settings.measure(), settings.events(), store::append);
    }
  }

  private static long walBytesPerNote(Path dir) {
    try (BeaconNoteAppends store = BeaconNoteAppends.open(dir.resolve("store-wal-check"), 1)) {
      return store.walBytesPerNote();
    }
  }

  private static Report report(
      String[] args,
      AppendSettings settings,
      AppendRun floor1,
      AppendRun beacon1,
      AppendRun floorN,
      AppendRun beaconN,
      long walPerNote) {
    int n = settings.writers();
    double ratio1 = beacon1.perSecond() / floor1.perSecond();
    double ratioN = beaconN.perSecond() / floorN.perSecond();
    double beaconScaling = beaconN.perSecond() / beacon1.perSecond();
    double floorScaling = floorN.perSecond() / floor1.perSecond();
    boolean met1 = ratio1 >= 0.5;
    boolean metN = ratioN > 1;
    Report report =
        new Report(
                "TimelineAppendBench",
                "Durable timeline append: Beacon against forced file appends",
                ("bench/run TimelineAppendBench " + String.join(" ", args)).strip())
            .row("Floor, 1 writer: file append + force", floor1.summary())
            .row("Beacon, 1 writer: addNote", beacon1.summary())
            .row("Beacon ÷ floor, 1 writer", times(ratio1), "≥ 0.5x", met1)
            .row("Floor, " + n + " writers: one file, each forces its own", floorN.summary())
            .row("Beacon, " + n + " writers: addNote, one incident each", beaconN.summary())
            .row(
                "Beacon ÷ floor, " + n + " writers",
                times(ratioN),
                "> 1x (group commit beats the floor)",
                metN)
            .row(
                "Events/s with " + n + " writers ÷ with 1",
                "Beacon " + times(beaconScaling) + ", floor " + times(floorScaling))
            .row(
                "Appends per writer, " + n + " writers",
                "Beacon " + beaconN.shares() + "; floor " + floorN.shares())
            .row(
                "Per append, 1 writer",
                "Beacon " + beacon1.writtenPerAppend() + "; floor " + floor1.writtenPerAppend())
            .row("SQLite write-ahead log per note", walFrames(walPerNote));
    report.note(
        "How: four measurements, one after another, of "
            + settings.length()
            + " each after "
            + settings.warmUp().toMillis()
            + " ms of untimed warm-up, all in one new temporary directory (so on one disk)."
            + " Latency is each call from start to return; events/s is appends divided by the"
            + " measurement's wall time; bytes per append are this process's write counters"
            + " (/proc/self/io wchar and write_bytes) over the measurement.");
    report.note(
        "Floor: a FileChannel opened for append; each append writes a line of about 190 bytes (a"
            + " note's JSON) and calls force(false), i.e. fdatasync, before it returns. With "
            + n
            + " writers, "
            + n
            + " threads append to the one file and each forces after its own write.");
    report.note(
        "Beacon: SqliteIncidentStore.open (WAL, synchronous=FULL) under IncidentService; each"
            + " append is addNote, one NoteAdded event committed in its own transaction before the"
            + " call returns (what /incident note does). Each writer notes to an incident of its"
            + " own, declared before the clock starts.");
    if (!met1) {
      report.note(
          "Missed (1 writer, "
              + times(ratio1)
              + "): a commit is more than one forced line. Per append, Beacon: "
              + beacon1.writtenPerAppend()
              + "; the floor: "
              + floor1.writtenPerAppend()
              + ". Each note adds "
              + walFrames(walPerNote)
              + " to SQLite's write-ahead log: every page the transaction changed (the timeline"
              + " table and its indexes, the incident row) as a whole 4 KiB frame, synced; every"
              + " 1,000 frames a checkpoint copies them into the database file with more syncs;"
              + " the rest is CPU per use case (JSON, JDBC) on a busy machine. Next step:"
              + " group commit (below), which spreads one sync and the shared pages over many"
              + " events; then fewer pages per note.");
    }
    if (!metN) {
      report.note(
          "Missed ("
              + n
              + " writers, "
              + times(ratioN)
              + "): Beacon has no group commit. SqliteIncidentStore runs every use case on its"
              + " one connection behind one lock and commits each transaction alone, so "
              + n
              + " writers take turns and each turn pays a whole commit with its sync: Beacon's"
              + " events/s went "
              + times(beaconScaling)
              + " from 1 to "
              + n
              + " writers while the floor's went "
              + times(floorScaling)
              + " (concurrent fdatasyncs of one file share journal commits). The lock is also"
              + " not fair (a plain ReentrantLock), so a writer that just committed may take it"
              + " again at once: shares were uneven (Beacon "
              + beaconN.shares()
              + ") and the unlucky waited up to "
              + dev.beacon.bench.Samples.ms(beaconN.latency().max())
              + ". Next step: a group-commit queue in the store: one writer thread takes every"
              + " waiting unit of work, runs each under its own SAVEPOINT in one SQLite"
              + " transaction (a failing unit rolls back alone), commits once, then acknowledges"
              + " each caller in arrival order.");
    }
    return report;
  }

  /** {@code 6 frames (24.1 KiB)}. */
  private static String walFrames(long bytes) {
    if (bytes < 0) {
      return "unknown";
    }
    return String.format(
        Locale.ROOT, "%d frames (%.1f KiB)", Math.round(bytes / 4120.0), bytes / 1024.0);
  }

  private static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }

  private static void progress(String what) {
    System.err.println("measuring " + what + "...");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
