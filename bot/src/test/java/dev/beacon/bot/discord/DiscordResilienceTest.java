package dev.beacon.bot.discord;

import static dev.beacon.bot.discord.DiscordTestBed.WAIT;
import static dev.beacon.bot.discord.DiscordTestBed.callbackFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.DiscordResponses;
import dev.beacon.bot.discord.fake.FakeDiscord;
import dev.beacon.bot.discord.fake.GatewayFrame;
import dev.beacon.core.incident.IncidentId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord misbehaving as it does in production, the real JDA against the fake: a dropped gateway
 * connection and a rate-limited request. Beacon keeps serving; assertions are on what the fake
 * received and on Beacon's store.
 */
@DisplayName("Discord resilience: dropped gateway, rate limits")
class DiscordResilienceTest {

  private static final Predicate<DiscordRequest> TEXT_CHANNEL_CREATED =
      r ->
          r.is("POST", "/api/v10/guilds/" + FakeDiscord.GUILD_ID + "/channels")
              && r.json().path("type").asInt() == 0;

  @TempDir Path data;
  private DiscordTestBed rig;
  private FakeDiscord discord;

  @BeforeEach
  void start() throws Exception {
    rig = DiscordTestBed.connected(data);
    discord = rig.discord;
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  @DisplayName(
      "GIVEN Discord drops the gateway WHEN Beacon reconnects THEN it resumes the session, not a"
          + " new one, and the next /incident declare is answered")
  void resumesTheSessionAfterTheGatewayDropsAndKeepsAnswering() throws Exception {
    int lastSeen = discord.lastSequence();

    discord.dropGateway(4000);
    GatewayFrame resume = discord.awaitGateway(f -> f.op() == GatewayFrame.RESUME, WAIT);
    String id = rig.declare("Payments API down", "SEV2");

    assertThat(resume.path()).as("sent to READY's resume_gateway_url").isEqualTo("/resume");
    assertThat(resume.d().path("session_id").asText()).isEqualTo("s1");
    assertThat(resume.d().path("seq").asInt()).as("the last event it saw").isEqualTo(lastSeen);
    assertThat(discord.gatewayFrames().stream().filter(f -> f.op() == GatewayFrame.IDENTIFY))
        .as("only the first connection identifies")
        .hasSize(1);
    JsonNode card = discord.await(callbackFor(id), WAIT).json().path("data");
    assertThat(card.path("embeds").get(0).path("title").asText())
        .isEqualTo("INC-1 declared by alice");
    assertThat(rig.beacon().incidents().get(new IncidentId(1)).title())
        .isEqualTo("Payments API down");
  }

  @Test
  @DisplayName(
      "GIVEN Beacon was cut off from Discord for two minutes WHEN it reconnects THEN each open"
          + " incident's channel is told once; a ten-second blip is not worth a post")
  void outageIsToldInTheIncidentChannels() throws Exception {
    rig.declare("Payments API down", "SEV2");
    rig.drain();
    String channel = discord.channel("inc-1").path("id").asText();
    OutageNotices notices = new OutageNotices(rig.beacon().store(), rig.clock);

    notices.onSessionDisconnect(null);
    rig.clock.advance(Duration.ofSeconds(10));
    notices.onSessionResume(null);
    notices.onSessionDisconnect(null);
    rig.clock.advance(Duration.ofMinutes(2));
    notices.onSessionResume(null);
    notices.reconnected(); // a second reconnect event for the same outage says nothing more
    rig.drain();

    List<String> told =
        discord.requests(r -> r.is("POST", "/api/v10/channels/" + channel + "/messages")).stream()
            .map(r -> r.json().path("content").asText())
            .filter(t -> t.contains("lost its connection to Discord"))
            .toList();
    assertThat(told)
        .containsExactly(
            "Beacon lost its connection to Discord from 2026-11-24 10:00:10 UTC to 2026-11-24"
                + " 10:02:10 UTC (2m). Pages and posts decided meanwhile were sent late, now;"
                + " commands typed in that time may not have reached Beacon: check the incident's"
                + " timeline and repeat them.");
  }

  @Test
  @DisplayName(
      "GIVEN Discord answers the channel creation with 429 WHEN Beacon opens the incident's room"
          + " THEN it retries once after the reset and the room opens with its summary")
  void rateLimitedChannelCreationIsRetriedAfterTheResetAndTheRoomOpens() throws Exception {
    discord.failNext(
        TEXT_CHANNEL_CREATED, DiscordResponses.rateLimited(Duration.ofMillis(300), "b-channels"));

    rig.declare("Payments API down", "SEV2");
    rig.beacon().outbox().drainNow();

    List<DiscordRequest> attempts = discord.requests(TEXT_CHANNEL_CREATED);
    assertThat(attempts).as("the 429'd request, then one retry; no hammering").hasSize(2);
    assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
    // Discord said retry_after 0.3 s; JDA waits whole seconds (Retry-After, rounded up).
    assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
        .as("the retry waited for the reset")
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(attempts.get(1).json().path("name").asText()).isEqualTo("inc-1-payments-api-down");
    DiscordRequest summary =
        discord.await(
            r ->
                r.is("POST", "/api/v10/channels/\\d+/messages")
                    && r.json()
                        .path("embeds")
                        .path(0)
                        .path("title")
                        .asText()
                        .equals("INC-1 is declared"),
            WAIT);
    assertThat(summary.at()).isAfter(attempts.get(1).at());
  }
}
