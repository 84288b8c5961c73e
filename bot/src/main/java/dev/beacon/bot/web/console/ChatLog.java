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
 * message goes when a channel is full), and listeners told of every new message. Thread-safe:
 * delivery, HTTP requests and the event stream all use it.
 */
public final class ChatLog {

  /** Messages kept per channel by default. */
  public static final int DEFAULT_HISTORY = 500;

  /** The stakeholder channel. */
  public static final String STAKEHOLDERS = "#stakeholders";

  private final int history;
  private final Map<String, Deque<ChatMessage>> channels = new LinkedHashMap<>();
  private final List<Consumer<ChatMessage>> listeners = new CopyOnWriteArrayList<>();

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

  /** Adds {@code message} to its channel (creating it) and tells every listener. */
  public void post(ChatMessage message) {
    synchronized (channels) {
      Deque<ChatMessage> channel =
          channels.computeIfAbsent(message.channel(), c -> new ArrayDeque<>());
      if (channel.size() == history) {
        channel.removeFirst();
      }
      channel.addLast(message);
    }
    for (Consumer<ChatMessage> l : listeners) {
      l.accept(message);
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

  /** Tells {@code listener} of every message posted from now on, until removed. */
  public void listen(Consumer<ChatMessage> listener) {
    listeners.add(listener);
  }

  /** Stops telling {@code listener}. */
  public void stopListening(Consumer<ChatMessage> listener) {
    listeners.remove(listener);
  }

  /** How many listeners there are now (the event stream's open connections). */
  public int listenerCount() {
    return listeners.size();
  }
}
