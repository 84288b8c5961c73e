package dev.beacon.bot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.bot.wiring.Beacon;
import dev.beacon.commands.CommandSpec;
import dev.beacon.config.ConfigLoader;
import dev.beacon.core.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's command reference stays true: every command's usage line appears in it. */
class ReadmeTest {

  @TempDir Path data;

  @Test
  void readmeListsEveryChatCommandWithItsCurrentUsage() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md")).replace("\\|", "|");
    List<CommandSpec> specs;
    try (Beacon beacon =
        Beacon.open(
            ConfigLoader.loadExample(),
            data,
            MutableClock.at("2026-01-01T00:00:00Z"),
            message -> {})) {
      specs = beacon.commands().specs();
    }

    assertThat(specs).hasSizeGreaterThan(10);
    for (CommandSpec spec : specs) {
      assertThat(readme).as("README usage of /" + spec.name()).contains("`" + spec.usage() + "`");
    }
  }

  @Test
  void readmeStatesTheTwoSetUpCommandsThatCiAlsoRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String ci = Files.readString(Path.of("..", ".ci", "run"));

    assertThat(readme).contains("./beacon          #").contains("mvn verify        #");
    assertThat(ci).contains("\nmvn verify\n");
  }
}
