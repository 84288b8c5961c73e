package dev.beacon.bench.outage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the warnings and errors logged while a drill runs (Beacon's logging configuration logs WARN
 * and above), to report what an operator reading the log would have been told.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  /**
   * One logged line.
   *
   * @param atMillis when, in epoch milliseconds
   * @param level INFO, WARN or ERROR
   * @param logger the logger's name
   * @param message the formatted message
   */
  record Line(long atMillis, String level, String logger, String message) {}

  /** The logger whose INFO lines are kept too. */
  static final String DISCORD_ADAPTER = "dev.beacon.bot.discord";

  private final List<Line> lines = new ArrayList<>();
  private final ch.qos.logback.classic.Logger root;
  private final ch.qos.logback.classic.Logger adapter;

  private LogCapture(ch.qos.logback.classic.Logger root, ch.qos.logback.classic.Logger adapter) {
    this.root = root;
    this.adapter = adapter;
  }

  /** Starts capturing from the root logger. */
  static LogCapture capture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    LogCapture capture =
        new LogCapture(
            context.getLogger(Logger.ROOT_LOGGER_NAME), context.getLogger(DISCORD_ADAPTER));
    capture.setContext(context);
    capture.setName("drill-capture");
    capture.start();
    capture.root.addAppender(capture);
    // The adapter's INFO lines come here only, not to standard error.
    capture.adapter.setLevel(Level.INFO);
    capture.adapter.setAdditive(false);
    capture.adapter.addAppender(capture);
    return capture;
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    if (event.getLevel().isGreaterOrEqual(Level.WARN)
        || event.getLoggerName().startsWith(DISCORD_ADAPTER)) {
      lines.add(
          new Line(
              event.getTimeStamp(),
              event.getLevel().toString(),
              event.getLoggerName(),
              event.getFormattedMessage()));
    }
  }

  /** Everything captured so far. */
  synchronized List<Line> lines() {
    return List.copyOf(lines);
  }

  /**
   * The lines between {@code fromMillis} and {@code toMillis} whose logger starts with {@code
   * prefix}, grouped by logger and message with digits blurred, with how often each came.
   */
  synchronized Map<String, Integer> summary(String prefix, long fromMillis, long toMillis) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.logger().startsWith(prefix) && l.atMillis() >= fromMillis && l.atMillis() <= toMillis) {
        String shortName = l.logger().substring(l.logger().lastIndexOf('.') + 1);
        String message = l.message().replaceAll("\\d+", "N");
        if (message.length() > 160) {
          message = message.substring(0, 157) + "...";
        }
        counts.merge(l.level() + " " + shortName + ": " + message, 1, Integer::sum);
      }
    }
    return counts;
  }

  @Override
  public void close() {
    root.detachAppender(this);
    adapter.detachAppender(this);
    adapter.setAdditive(true);
    adapter.setLevel(null);
    stop();
  }
}
