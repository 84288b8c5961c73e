package dev.beacon.bench.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Counts what a Beacon in this process logs that means an unhandled exception: ERROR entries and
 * entries carrying a stack trace (a Logback appender on the root logger), exceptions the JDK's HTTP
 * server caught from a handler (it logs them only at its lowest level, through {@code
 * java.util.logging}, and closes the connection), and exceptions no thread caught.
 */
final class LogWatch implements AutoCloseable {

  private static final int EXAMPLES = 5;

  private final List<String> examples = new ArrayList<>();
  private long errors;
  private long stackTraces;
  private long serverExceptions;
  private long uncaught;
  private long flagged;
  private AppenderBase<ILoggingEvent> appender;
  private Handler handler;
  private java.util.logging.Logger serverLogger;
  private Thread.UncaughtExceptionHandler previous;

  /** Starts watching. */
  LogWatch install() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    appender =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent e) {
            boolean error = e.getLevel().isGreaterOrEqual(Level.ERROR);
            IThrowableProxy t = e.getThrowableProxy();
            if (error || t != null) {
              logged(
                  error,
                  t != null,
                  e.getLevel()
                      + " "
                      + e.getLoggerName()
                      + ": "
                      + e.getFormattedMessage()
                      + (t == null ? "" : " -- " + t.getClassName() + ": " + t.getMessage()));
            }
          }
        };
    appender.setContext(context);
    appender.setName("drill-watch");
    appender.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
    serverLogger = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
    serverLogger.setLevel(java.util.logging.Level.ALL);
    handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            Throwable t = record.getThrown();
            if (t != null && !(t instanceof java.io.IOException)) {
              server("JDK HTTP server: " + record.getMessage() + " -- " + t);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(java.util.logging.Level.ALL);
    serverLogger.addHandler(handler);
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> uncaught("uncaught in " + thread.getName() + ": " + e));
    return this;
  }

  private synchronized void logged(boolean error, boolean trace, String example) {
    if (error) {
      errors++;
    }
    if (trace) {
      stackTraces++;
    }
    example(example);
  }

  private synchronized void server(String example) {
    serverExceptions++;
    example(example);
  }

  private synchronized void uncaught(String example) {
    uncaught++;
    example(example);
  }

  private void example(String example) {
    flagged++;
    if (examples.size() < EXAMPLES) {
      examples.add(example.length() > 400 ? example.substring(0, 400) + "..." : example);
    }
  }

  /**
   * Entries flagged in all: log entries with ERROR or a stack trace, handler and uncaught
   * exceptions.
   */
  synchronized long flagged() {
    return flagged;
  }

  synchronized long errors() {
    return errors;
  }

  synchronized long stackTraces() {
    return stackTraces;
  }

  synchronized long serverExceptions() {
    return serverExceptions;
  }

  synchronized long uncaught() {
    return uncaught;
  }

  synchronized List<String> examples() {
    return List.copyOf(examples);
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
    serverLogger.removeHandler(handler);
    Thread.setDefaultUncaughtExceptionHandler(previous);
  }
}
