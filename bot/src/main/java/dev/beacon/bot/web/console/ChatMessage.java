package dev.beacon.bot.web.console;

import dev.beacon.commands.Button;
import java.time.Instant;
import java.util.List;

/**
 * One message in the local chat model.
 *
 * @param channel where it shows: {@code #inc-1}, {@code #stakeholders}, {@code @alice} (direct
 *     messages) or {@code @alice/pager} (pager inbox)
 * @param who who wrote it: a person id, or {@code beacon}
 * @param text what it says
 * @param time when it was written or decided
 * @param buttons actions offered under it (a command's reply), pressed as the person at the console
 */
public record ChatMessage(
    String channel, String who, String text, Instant time, List<Button> buttons) {

  /** Copies the buttons. */
  public ChatMessage {
    buttons = List.copyOf(buttons);
  }

  /** A message without buttons. */
  public ChatMessage(String channel, String who, String text, Instant time) {
    this(channel, who, text, time, List.of());
  }

  /** The author of everything Beacon itself posts. */
  public static final String BEACON = "beacon";
}
