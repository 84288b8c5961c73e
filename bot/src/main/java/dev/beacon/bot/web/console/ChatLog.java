package dev.beacon.bot.web.console;

import dev.beacon.core.catalog.Person;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The local chat model behind the web console: channels with a bounded history each (the oldest
 * message goes when a channel is full), and listeners told of every new message. Every message gets
 * a sequence number, so a page rendered at number n and its event stream opened later miss nothing
 * in between: the stream replays what came after n ({@link #listen(long, Consumer)}). Thread-safe:
 * delivery, HTTP requests and the event stream all use it; listeners are told in order, under the
 * log's lock, so they must not block.
 */
public final class ChatLog {

  /** Messages kept per channel by default. */
  public static final int DEFAULT_HISTORY = 500;

  /** The stakeholder channel. */
  public static final String STAKEHOLDERS = "#stakeholders";

  private final int history;
  private final Map<String, Deque<ChatMessage>> channels = new LinkedHashMap<>();
  private final List<Consumer<Sequenced>> listeners = new CopyOnWriteArrayList<>();
  private final Deque<Sequenced> recent = new ArrayDeque<>();
  private long seq;

  /** Messages kept across channels for replay to event streams that connect late. */
  static final int REPLAY = 1000;

  /**
   * A message with its place in the log.
   *
   * @param seq its sequence number, from 1
   * @param message the message
   */
  public record Sequenced(long seq, ChatMessage message) {}

  /**
   * What a page shows, read at one instant.
   *
   * @param channels every channel
   * @param messages the chosen channel's messages, oldest first
   * @param seq the sequence number of the last message posted anywhere (0 for none)
   */
  public record View(List<String> channels, List<ChatMessage> messages, long seq) {}

  /**
   * A log keeping the last {@code history} messages per channel, with {@code #stakeholders} and
   * every person's direct messages and pager inbox present from the start.
   */
  public ChatLog(List<Person> people, int history) {
    if (history < 1) {
      throw new IllegalArgumentException("history must keep at least one message: " + history);
    }
    this.history = history;
    channels.put(STAKEHOLDERS, new ArrayDeque<>());
    for (Person p : people) {
      channels.put(directTo(p.id()), new ArrayDeque<>());
      channels.put(pagerOf(p.id()), new ArrayDeque<>());
    }
  }

  /** The channel of {@code person}'s direct messages. */
  public static String directTo(String person) {
    return "@" + person;
  }

  /** The channel of {@code person}'s pager inbox. */
  public static String pagerOf(String person) {
    return "@" + person + "/pager";
  }

  /** Adds {@code message} to its channel (creating it) and tells every listener, in order. */
  public void post(ChatMessage message) {
    synchronized (channels) {
      Deque<ChatMessage> channel =
          channels.computeIfAbsent(message.channel(), c -> new ArrayDeque<>());
      if (channel.size() == history) {
        channel.removeFirst();
      }
      channel.addLast(message);
      Sequenced s = new Sequenced(++seq, message);
      if (recent.size() == REPLAY) {
        recent.removeFirst();
      }
      recent.addLast(s);
      for (Consumer<Sequenced> l : listeners) {
        l.accept(s);
      }
    }
  }

  /** The channels, {@code channel}'s messages and the last sequence number, consistently. */
  public View view(String channel) {
    synchronized (channels) {
      return new View(channels(), messages(channel), seq);
    }
  }

  /** The channels, incident channels in the order they opened after the fixed ones. */
  public List<String> channels() {
    synchronized (channels) {
      return List.copyOf(channels.keySet());
    }
  }

  /** The messages kept in {@code channel}, oldest first; empty for an unknown channel. */
  public List<ChatMessage> messages(String channel) {
    synchronized (channels) {
      Deque<ChatMessage> messages = channels.get(channel);
      return messages == null ? List.of() : new ArrayList<>(messages);
    }
  }

  /**
   * Tells {@code listener} first of the messages still kept that came after sequence number {@code
   * after} (none when it is negative), then of every message posted from now on, until removed;
   * nothing twice, nothing skipped but what the replay no longer keeps.
   */
  public void listen(long after, Consumer<Sequenced> listener) {
    synchronized (channels) {
      if (after >= 0) {
        for (Sequenced s : recent) {
          if (s.seq() > after) {
            listener.accept(s);
          }
        }
      }
      listeners.add(listener);
    }
  }

  /** Stops telling {@code listener}. */
  public void stopListening(Consumer<Sequenced> listener) {
    listeners.remove(listener);
  }

  /** How many listeners there are now (the event stream's open connections). */
  public int listenerCount() {
    return listeners.size();
  }
}
