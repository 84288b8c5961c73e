package dev.beacon.bot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test's main class in a child JVM with this JVM's java and test classpath, so that tests
 * can kill it for real (SIGKILL) and start it again.
 */
public final class ChildJvm {

  private ChildJvm() {}

  /**
   * A process builder for {@code main} with {@code args}; SQLite's native library is unpacked under
   * {@code tmp}.
   */
  public static ProcessBuilder of(Path tmp, List<String> jvmOptions, Class<?> main, String... args)
      throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path nativeDir = Files.createDirectories(tmp.resolve("native"));
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-Dorg.sqlite.tmpdir=" + nativeDir);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
