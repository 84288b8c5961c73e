package dev.beacon.bot.cli;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.Main;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.DiscordResponses;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.SlashInteraction;
import dev.beacon.bot.testing.ChildJvm;
import dev.beacon.bot.testing.DemoConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code beacon run} with {@code DISCORD_TOKEN} set, as a user starts it: a child JVM running
 * Beacon's main class against a fake Discord. It waits on real time (bounded): it runs a real
 * process.
 */
@DisplayName("beacon run on Discord, end to end in a child process")
class DiscordRunCommandTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String ALICE = "100000000000000001";
  private static final String API = "/api/v10";

  @TempDir Path tmp;
  private FakeDiscord discord;
  private Path config;
  private Path data;
  private Process beacon;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    config =
        Files.writeString(
            tmp.resolve("beacon.yaml"),
            DemoConfig.onDiscord(FakeDiscord.GUILD_ID, discord.apiBaseUrl(), discord.gatewayUrl()));
    data = tmp.resolve("data");
  }

  @AfterEach
  void stop() throws Exception {
    if (beacon != null && beacon.isAlive()) {
      beacon.destroyForcibly().waitFor(30, SECONDS);
    }
    discord.close();
  }

  @Test
  @DisplayName(
      "connects, registers its commands, answers /incident declare with the card, opens the"
          + " incident's channel, and stops on SIGTERM")
  void servesDiscordUntilStopped() throws Exception {
    beacon = run("test-token");

    awaitOutput("Beacon is connected to Discord (guild " + FakeDiscord.GUILD_NAME + ")");
    DiscordRequest registered =
        discord.await(
            r ->
                r.is(
                    "PUT",
                    API
                        + "/applications/"
                        + FakeDiscord.APP_ID
                        + "/guilds/"
                        + FakeDiscord.GUILD_ID
                        + "/commands"),
            WAIT);
    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Payments API down")
                .option("severity", "SEV2"));
    JsonNode card = card(id);
    DiscordRequest channel =
        discord.await(
            r ->
                r.is("POST", API + "/guilds/" + FakeDiscord.GUILD_ID + "/channels")
                    && r.json().path("type").asInt() == 0,
            WAIT);
    beacon.destroy();
    boolean exited = beacon.waitFor(WAIT.toSeconds(), SECONDS);

    assertThat(names(registered.json())).containsExactly("incident", "oncall", "followups", "help");
    assertThat(card.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 declared by alice");
    assertThat(channel.json().path("name").asText()).isEqualTo("inc-1-payments-api-down");
    assertThat(exited).as("stopped within %s; stderr: %s", WAIT, stderr()).isTrue();
    assertThat(beacon.exitValue()).as("the JVM's status after SIGTERM").isEqualTo(143);
    CliRun verify = CliRun.of("", "verify-store", "--data", data.toString());
    assertThat(verify.exitCode()).as("the store is released and intact: %s", verify.err()).isZero();
  }

  @Test
  @DisplayName(
      "stopped right after a declaration: its channel opens and the page goes out before exit")
  void whatADeclarationDecidedIsSentBeforeExit() throws Exception {
    beacon = run("test-token");
    awaitOutput("Beacon is connected to Discord");
    String id =
        discord.push(
            SlashInteraction.by(ALICE)
                .command("incident", "declare")
                .option("title", "Payments API down")
                .option("severity", "SEV2"));
    card(id);

    beacon.destroy();
    boolean exited = beacon.waitFor(WAIT.toSeconds(), SECONDS);

    assertThat(exited).as("stopped within %s; stderr: %s", WAIT, stderr()).isTrue();
    assertThat(
            discord.requests(
                r ->
                    r.is("POST", API + "/guilds/" + FakeDiscord.GUILD_ID + "/channels")
                        && r.json().path("name").asText().equals("inc-1-payments-api-down")))
        .as("the incident's channel was opened")
        .hasSize(1);
    assertThat(
            discord
                .requests(
                    r -> r.is("POST", API + "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"))
                .stream()
                .map(r -> r.json().path("content").asText()))
        .as("the on-call was paged by DM")
        .anySatisfy(text -> assertThat(text).contains("INC-1"));
  }

  @Test
  @DisplayName("a token Discord refuses stops beacon run with a message naming DISCORD_TOKEN")
  void refusedTokenExitsNonZeroNamingTheVariable() throws Exception {
    discord.failNext(r -> r.is("GET", API + "/users/@me"), DiscordResponses.unauthorized());

    beacon = run("not-a-token");
    boolean exited = beacon.waitFor(WAIT.toSeconds(), SECONDS);

    assertThat(exited).as("exited; stderr: %s", stderr()).isTrue();
    assertThat(beacon.exitValue()).isEqualTo(1);
    assertThat(stderr()).contains("Discord refused the bot token").contains("DISCORD_TOKEN");
    assertThat(stdout()).doesNotContain("connected");
  }

  private Process run(String token) throws Exception {
    ProcessBuilder pb =
        ChildJvm.of(
                tmp,
                List.of("-Xmx256m"),
                Main.class,
                "run",
                "--config",
                config.toString(),
                "--data",
                data.toString())
            .redirectOutput(tmp.resolve("stdout").toFile())
            .redirectError(tmp.resolve("stderr").toFile());
    pb.environment().put("DISCORD_TOKEN", token);
    return pb.start();
  }

  /** The incident card: the direct answer, or the edit of a deferred one. */
  private JsonNode card(String interaction) throws Exception {
    JsonNode callback =
        discord
            .await(
                r -> r.is("POST", API + "/interactions/" + interaction + "/[^/]+/callback"), WAIT)
            .json();
    if (callback.path("type").asInt() == 4) {
      return callback.path("data");
    }
    return discord
        .await(
            r -> r.is("PATCH", API + "/webhooks/\\d+/token-" + interaction + "/messages/@original"),
            WAIT)
        .json();
  }

  private void awaitOutput(String text) throws Exception {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      if (stdout().contains(text)) {
        return;
      }
      if (beacon.waitFor(20, MILLISECONDS)) {
        break;
      }
    }
    throw new AssertionError(
        "beacon run never printed '" + text + "'; stdout: " + stdout() + "; stderr: " + stderr());
  }

  private String stdout() throws Exception {
    return Files.readString(tmp.resolve("stdout"));
  }

  private String stderr() throws Exception {
    return Files.readString(tmp.resolve("stderr"));
  }

  private static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path("name").asText())
        .toList();
  }
}
