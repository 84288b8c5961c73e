package dev.beacon.bot.discord;

import dev.beacon.bot.discord.channels.ChannelName;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.timeline.MessageCaptured;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pushpin reaction on a message in an incident's channel puts the message into the timeline
 * (author, text, attachment names, its original time, a jump link); removing the pushpin marks it
 * withdrawn; editing a captured message records the new text beside the original. Discord's own
 * pins are capped at 250 per channel; reactions are not. Message text arrives only with the
 * privileged Message Content intent ({@link DiscordConnection}).
 */
public final class TimelineCapture extends ListenerAdapter implements AutoCloseable {

  /** The reaction that captures: 📌. */
  public static final Emoji PUSHPIN = Emoji.fromUnicode("\uD83D\uDCCC");

  private static final Logger LOG = LoggerFactory.getLogger(TimelineCapture.class);

  private final IncidentService incidents;
  private final DiscordPeople people;
  private final Map<String, String> personByDiscordId;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "beacon-discord-capture");
            t.setDaemon(true);
            return t;
          });

  /**
   * Captures into {@code incidents}, as the person {@code people} maps each user to; authors Beacon
   * knows are named by their handle ({@code personByDiscordId}).
   */
  public TimelineCapture(
      IncidentService incidents, DiscordPeople people, Map<String, String> personByDiscordId) {
    this.incidents = incidents;
    this.people = people;
    this.personByDiscordId = Map.copyOf(personByDiscordId);
  }

  @Override
  public void onMessageReactionAdd(MessageReactionAddEvent event) {
    Optional<IncidentId> id = incidentOf(event.getChannel().getName(), event.getEmoji());
    if (id.isEmpty()) {
      return;
    }
    Actor actor = people.actorFor(event.getUserId());
    worker.execute(
        () -> {
          try {
            Message m = event.retrieveMessage().submit().get(15, TimeUnit.SECONDS);
            String author =
                personByDiscordId.getOrDefault(m.getAuthor().getId(), m.getAuthor().getName());
            incidents.captureMessage(
                id.get(),
                new MessageCaptured(
                    id.get(),
                    Instant.EPOCH,
                    actor,
                    author,
                    m.getContentRaw(),
                    m.getAttachments().stream().map(Message.Attachment::getFileName).toList(),
                    m.getTimeCreated().toInstant(),
                    m.getJumpUrl()),
                actor);
          } catch (IncidentException e) {
            LOG.info("{}: message not captured: {}", id.get(), e.getMessage());
          } catch (Exception e) {
            LOG.warn("{}: capturing a pinned message failed: {}", id.get(), e.toString());
          }
        });
  }

  @Override
  public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
    Optional<IncidentId> id = incidentOf(event.getChannel().getName(), event.getEmoji());
    if (id.isEmpty()) {
      return;
    }
    Actor actor = people.actorFor(event.getUserId());
    String link =
        "https://discord.com/channels/"
            + event.getGuild().getId()
            + "/"
            + event.getChannel().getId()
            + "/"
            + event.getMessageId();
    worker.execute(
        () -> {
          try {
            incidents.releaseMessage(id.get(), link, actor);
          } catch (RuntimeException e) {
            LOG.info("{}: release not recorded: {}", id.get(), e.getMessage());
          }
        });
  }

  @Override
  public void onMessageUpdate(MessageUpdateEvent event) {
    Message m = event.getMessage();
    Optional<IncidentId> id =
        event.isFromGuild()
            ? ChannelName.incidentOf(event.getChannel().getName())
            : Optional.empty();
    if (id.isEmpty() || m.getTimeEdited() == null) {
      return; // not in an incident channel, or not an edit (Discord also updates for link previews)
    }
    Actor author = people.actorFor(m.getAuthor().getId());
    String content = m.getContentRaw();
    Instant editedAt = m.getTimeEdited().toInstant();
    String link = m.getJumpUrl();
    worker.execute(
        () -> {
          try {
            incidents.recordEdit(id.get(), link, content, editedAt, author);
          } catch (RuntimeException e) {
            LOG.info("{}: edit of {} not recorded: {}", id.get(), link, e.getMessage());
          }
        });
  }

  private static Optional<IncidentId> incidentOf(String channelName, Emoji emoji) {
    return emoji.equals(PUSHPIN) ? ChannelName.incidentOf(channelName) : Optional.empty();
  }

  @Override
  public void close() {
    worker.shutdown();
  }
}
