package dev.beacon.core.timeline;

import java.util.List;
import java.util.Optional;

/**
 * Which chat messages an incident's record holds now, derived from its timeline: a message is held
 * from its capture until its release (it may be captured again), and its text is the captured text
 * or that of its latest recorded edit.
 */
public final class CapturedMessages {

  private CapturedMessages() {}

  /**
   * The text the record holds for the message with {@code link}; empty when it was never captured
   * or its capture was released.
   */
  public static Optional<String> currentText(List<TimelineEvent> events, String link) {
    Optional<String> text = Optional.empty();
    for (TimelineEvent e : events) {
      if (e instanceof MessageCaptured c && c.link().equals(link)) {
        text = Optional.of(c.content());
      } else if (e instanceof MessageReleased r && r.link().equals(link)) {
        text = Optional.empty();
      } else if (e instanceof MessageEdited m && m.link().equals(link) && text.isPresent()) {
        text = Optional.of(m.content());
      }
    }
    return text;
  }
}
