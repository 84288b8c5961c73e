package dev.beacon.bench.reliability;

import dev.beacon.bot.Main;
import dev.beacon.bot.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code beacon verify-store --data DIR}, run as its own process, as an operator would. */
final class VerifyStoreCli {

  /**
   * Its exit status (-1 when it did not end within two minutes) and everything it printed.
   *
   * @param status 0 when the store passed
   * @param output standard output and error together
   */
  record Outcome(int status, String output) {

    /** The output's {@code PROBLEM} lines, or its last line, on one line. */
    String problems() {
      List<String> bad =
          output.lines().filter(l -> l.startsWith("PROBLEM") || l.contains("rror")).toList();
      return bad.isEmpty() ? output.strip().replace('\n', ' ') : String.join("; ", bad);
    }
  }

  private VerifyStoreCli() {}

  static Outcome run(Path tmp, Path dataDir) throws IOException, InterruptedException {
    Process p =
        ChildJvm.of(
                tmp,
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                Main.class,
                "verify-store",
                "--data",
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    boolean ended = p.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly();
    }
    return new Outcome(ended ? p.exitValue() : -1, new String(out, StandardCharsets.UTF_8));
  }
}
