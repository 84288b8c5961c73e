package dev.beacon.bench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The floor: the least a durable append can cost on this disk. Each append writes one line the size
 * of a timeline event to the end of one file and forces it to disk ({@code fdatasync}) before it
 * returns. Several writers share the file and each forces its own append, so the kernel may cover
 * several of them with one flush (that is the floor's own group commit).
 */
final class ForcedFileAppends implements AutoCloseable {

  private final FileChannel channel;

  private ForcedFileAppends(FileChannel channel) {
    this.channel = channel;
  }

  /** Appends to {@code file}, creating it. */
  static ForcedFileAppends create(Path file) throws IOException {
    return new ForcedFileAppends(
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
  }

  /** Appends writer {@code writer}'s {@code n}-th line and forces it to disk. */
  void append(int writer, long n) throws IOException {
    ByteBuffer line = ByteBuffer.wrap(line(writer, n).getBytes(StandardCharsets.UTF_8));
    while (line.hasRemaining()) {
      channel.write(line);
    }
    channel.force(false);
  }

  /** About as long as a note's row in the timeline (its JSON body, kind, time and actor). */
  static String line(int writer, long n) {
    return "{\"incident\":"
        + (writer + 1)
        + ",\"kind\":\"note-added\",\"at\":\""
        + Instant.now()
        + "\",\"actor\":\"person:alice\",\"text\":\""
        + BeaconNoteAppends.text(writer, n)
        + "\"}\n";
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
