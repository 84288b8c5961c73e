package dev.beacon.bot.store;

import dev.beacon.core.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The {@code beacon.lock} file that makes one Beacon process the data directory's only writer. The
 * lock is an OS file lock, so it goes away when the process dies, even by SIGKILL; the file holds
 * the owner's pid so that the refusal can name it.
 */
final class DataDirectoryLock implements AutoCloseable {

  /** The lock file's name inside the data directory. */
  static final String FILE_NAME = "beacon.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code dataDir}, creating the directory if needed.
   *
   * @throws StoreException naming the other process's pid when it holds the lock
   */
  static DataDirectoryLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      Files.createDirectories(dataDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException(
          "Could not create the data directory "
              + dataDir
              + " or its lock file ("
              + e
              + "). Check the path and its permissions, or pass --data with another directory.",
          e);
    }
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String owner = readOwner(channel);
        channel.close();
        throw new StoreException(
            "The data directory "
                + dataDir
                + " is in use by another Beacon process (pid "
                + owner
                + "). Stop that process, or pass --data with another directory.");
      }
      byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(pid), 0);
      channel.force(true);
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("Could not lock the data directory " + dataDir + ": " + e, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // This JVM already holds it: another store instance on the same directory is open.
      return null;
    }
  }

  private static String readOwner(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(32);
      channel.read(buf, 0);
      String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
      return text.matches("[0-9]+") ? text : "unknown";
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // already failing
    }
  }

  /** Releases the lock; the file stays, so its pid may be stale and is only read under refusal. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }
}
