package dev.beacon.bot.discord;

import dev.beacon.commands.CommandDispatcher;
import dev.beacon.config.DiscordConfig;
import dev.beacon.config.Secret;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Beacon's live connection to Discord: a JDA session on the configured endpoints, ready and with
 * Beacon's slash commands registered in the guild, handing interactions to an {@link
 * InteractionHandler}. {@link #close} shuts both down.
 */
public final class DiscordConnection implements AutoCloseable {

  /** The longest wait between reconnection attempts (JDA's floor is 32 s). */
  static final int MAX_RECONNECT_DELAY_SECONDS = 60;

  /** How long the gateway may take to become ready (JDA's own wait has no bound). */
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Messages and reactions in guilds and DMs, for the timeline and acknowledgements (JDA always
   * adds the guilds intent), and the privileged message content intent: without it Discord sends a
   * bot empty text for other people's messages, over the gateway and REST alike, so captured
   * messages and their edits would be recorded empty. It must be enabled for the bot in Discord's
   * developer portal, or Discord refuses the connection. No other privileged intent (members,
   * presences).
   */
  static final List<GatewayIntent> INTENTS =
      List.of(
          GatewayIntent.GUILD_MESSAGES,
          GatewayIntent.GUILD_MESSAGE_REACTIONS,
          GatewayIntent.DIRECT_MESSAGES,
          GatewayIntent.MESSAGE_CONTENT);

  private final JDA jda;
  private final Guild guild;
  private final InteractionHandler handler;

  private DiscordConnection(JDA jda, Guild guild, InteractionHandler handler) {
    this.jda = jda;
    this.guild = guild;
    this.handler = handler;
  }

  /**
   * Connects, waits at most {@code readyTimeout} for the gateway, and registers {@code commands}'
   * slash commands in the configured guild (a PUT of the whole list, so starting again is
   * harmless).
   *
   * @throws IllegalStateException when the token is refused, the gateway is not ready in time, or
   *     the guild is not there; the message says which
   */
  public static DiscordConnection connect(
      DiscordConfig config,
      Secret token,
      CommandDispatcher commands,
      DiscordPeople people,
      Duration readyTimeout) {
    InteractionHandler handler =
        new InteractionHandler(commands, people, InteractionHandler.DEFAULT_DEFER_AFTER);
    return connect(config, token, commands, handler, readyTimeout);
  }

  /** As above, with a given handler (tests choose its deferral time). */
  public static DiscordConnection connect(
      DiscordConfig config,
      Secret token,
      CommandDispatcher commands,
      InteractionHandler handler,
      Duration readyTimeout) {
    CountDownLatch ready = new CountDownLatch(1);
    AtomicReference<CloseCode> refusedWith = new AtomicReference<>();
    String gateway = DiscordEndpoints.gateway(config.gatewayUrl());
    JDA jda;
    try {
      jda =
          JDABuilder.createLight(token.value(), INTENTS)
              .setRestConfig(
                  new RestConfig().setBaseUrl(DiscordEndpoints.restBase(config.apiBaseUrl())))
              .setSessionController(
                  new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                      return gateway;
                    }
                  })
              .setCompression(Compression.NONE)
              // JDA's own hook would shutdownNow() on SIGTERM, cancelling answers and the
              // outbox's last sends; Beacon's shutdown stops JDA itself, last (see close()).
              .setEnableShutdownHook(false)
              // JDA doubles its wait between reconnections up to 15 min by default; after a long
              // outage that would leave slash commands dead for minutes once Discord is back.
              .setMaxReconnectDelay(MAX_RECONNECT_DELAY_SECONDS)
              .addEventListeners(
                  new ListenerAdapter() {
                    @Override
                    public void onReady(ReadyEvent event) {
                      ready.countDown();
                    }

                    @Override
                    public void onShutdown(ShutdownEvent event) {
                      refusedWith.set(event.getCloseCode());
                      ready.countDown();
                    }
                  },
                  handler)
              .build();
    } catch (InvalidTokenException e) {
      handler.close();
      throw new IllegalStateException(
          "Discord refused the bot token (from " + config.token() + "); check the variable", e);
    }
    try {
      boolean answered = ready.await(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
      if (refusedWith.get() != null || (answered && jda.getStatus() == JDA.Status.SHUTDOWN)) {
        throw new IllegalStateException(refusal(refusedWith.get()));
      }
      if (!answered) {
        throw new IllegalStateException(
            "Discord's gateway at "
                + gateway
                + " was not ready within "
                + readyTimeout.toSeconds()
                + "s; check discord.gatewayUrl and the network");
      }
      Guild guild = guild(jda, config);
      guild
          .updateCommands()
          .addCommands(SlashCommands.from(commands.specs()))
          .submit()
          .get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
      return new DiscordConnection(jda, guild, handler);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutDown(jda, handler);
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    } catch (ExecutionException | TimeoutException e) {
      shutDown(jda, handler);
      throw new IllegalStateException(
          "could not register Beacon's slash commands in the guild: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      shutDown(jda, handler);
      throw e;
    }
  }

  /** Why Discord's gateway closed on Beacon, in words that say what to change. */
  static String refusal(CloseCode code) {
    if (code == CloseCode.DISALLOWED_INTENTS) {
      return "Discord refused the connection (4014, disallowed intents): enable the Message"
          + " Content Intent for the bot (developer portal, Bot page, Privileged Gateway Intents);"
          + " Beacon needs it to record captured messages' text";
    }
    return "Discord closed the gateway"
        + (code == null ? "" : " (" + code.getCode() + ", " + code.getMeaning() + ")")
        + " before Beacon was ready; check the bot token and its settings in the developer portal";
  }

  private static Guild guild(JDA jda, DiscordConfig config) {
    if (config.guild().isPresent()) {
      Guild g = jda.getGuildById(config.guild().get());
      if (g == null) {
        throw new IllegalStateException(
            "the bot is not in guild "
                + config.guild().get()
                + " (discord.guild), or Discord did not send it; invite the bot to that server");
      }
      return g;
    }
    List<Guild> guilds = jda.getGuilds();
    if (guilds.size() != 1) {
      throw new IllegalStateException(
          "the bot is in "
              + guilds.size()
              + " servers; set discord.guild to the id of the one Beacon serves");
    }
    return guilds.get(0);
  }

  /** The live JDA session. */
  public JDA jda() {
    return jda;
  }

  /** The guild Beacon serves. */
  public Guild guild() {
    return guild;
  }

  /**
   * Stops taking commands and lets running ones answer; the session stays up, so what they decided
   * can still be sent before {@link #close}. New commands are told Beacon is shutting down.
   */
  public void stopTakingCommands() {
    handler.close();
  }

  /** Stops taking commands, lets running ones answer, and shuts JDA down. */
  @Override
  public void close() {
    shutDown(jda, handler);
  }

  private static void shutDown(JDA jda, InteractionHandler handler) {
    handler.close();
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }
}
