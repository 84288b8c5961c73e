package dev.beacon.bench.alerts;

import dev.beacon.bench.Samples;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of each request an {@link OpenLoopSender} sent: when it was due and sent, when its
 * answer came, the HTTP status (0 for none) and the answer's body. Written once per index from any
 * thread, read after the sender has waited for all.
 */
final class SendResults {

  private final long[] due;
  private final long[] sent;
  private final long[] answered;
  private final int[] status;
  private final String[] body;
  private final String[] failure;

  SendResults(int n) {
    due = new long[n];
    sent = new long[n];
    answered = new long[n];
    status = new int[n];
    body = new String[n];
    failure = new String[n];
  }

  synchronized void sent(int i, long dueNanos, long sentNanos) {
    due[i] = dueNanos;
    sent[i] = sentNanos;
  }

  synchronized void answered(int i, long at, int code, String text) {
    answered[i] = at;
    status[i] = code;
    body[i] = text;
  }

  synchronized void failed(int i, long at, Throwable e) {
    answered[i] = at;
    Throwable root = e.getCause() != null ? e.getCause() : e;
    failure[i] = root.getClass().getSimpleName();
  }

  /** How many requests there were. */
  synchronized int size() {
    return due.length;
  }

  /** When request {@code i} was due (nanoTime). */
  synchronized long due(int i) {
    return due[i];
  }

  /** When request {@code i}'s answer came (nanoTime), 0 for none. */
  synchronized long answered(int i) {
    return answered[i];
  }

  /** Whether request {@code i} got a 2xx. */
  synchronized boolean accepted(int i) {
    return status[i] >= 200 && status[i] < 300;
  }

  /** The body of request {@code i}'s answer, or null. */
  synchronized String body(int i) {
    return body[i];
  }

  /** How many got a 2xx. */
  synchronized int acceptedCount() {
    int c = 0;
    for (int i = 0; i < due.length; i++) {
      c += accepted(i) ? 1 : 0;
    }
    return c;
  }

  /** Everything but 2xx, counted by status ({@code HTTP 503}) or failure ({@code timeout}). */
  synchronized Map<String, Integer> refusals() {
    Map<String, Integer> out = new TreeMap<>();
    for (int i = 0; i < due.length; i++) {
      if (accepted(i)) {
        continue;
      }
      String what =
          status[i] != 0
              ? "HTTP " + status[i]
              : failure[i] != null ? failure[i] : "no answer within the sender's wait";
      out.merge(what, 1, Integer::sum);
    }
    return out;
  }

  /** From due to 2xx answer, for the accepted requests. */
  synchronized Samples acceptLatencies() {
    Samples s = new Samples();
    for (int i = 0; i < due.length; i++) {
      if (accepted(i)) {
        s.add(answered[i] - due[i]);
      }
    }
    return s;
  }

  /** The first request's due instant (nanoTime). */
  synchronized long firstDue() {
    return due.length == 0 ? 0 : due[0];
  }

  /** The last request's due instant (nanoTime). */
  synchronized long lastDue() {
    return due.length == 0 ? 0 : due[due.length - 1];
  }

  /** The latest 2xx answer (nanoTime), or the first due instant when none. */
  synchronized long lastAccepted() {
    long last = firstDue();
    for (int i = 0; i < due.length; i++) {
      if (accepted(i)) {
        last = Math.max(last, answered[i]);
      }
    }
    return last;
  }

  /** The most a request went out after it was due: whether the sender kept to its schedule. */
  synchronized long maxSendLag() {
    long worst = 0;
    for (int i = 0; i < due.length; i++) {
      worst = Math.max(worst, sent[i] - due[i]);
    }
    return worst;
  }

  /** 2xx answers per second, from the first request due to the last 2xx answer. */
  synchronized double acceptedPerSecond() {
    long span = lastAccepted() - firstDue();
    return span <= 0 ? 0 : acceptedCount() / (span / 1e9);
  }

  /** The rate the requests were sent at: how many, over the first to the last due instant. */
  synchronized double offeredPerSecond() {
    long span = lastDue() - firstDue();
    return span <= 0 ? due.length : (due.length - 1) / (span / 1e9);
  }

  /**
   * 2xx answers per second in each of {@code parts} consecutive slices of the requests (by index):
   * slice k's accepted count over the time from the previous slice's last answer (or the first due
   * instant) to its own last answer. A falling series means each request cost more as the run went
   * on.
   */
  synchronized double[] acceptedPerSecondBySlice(int parts) {
    double[] out = new double[parts];
    long previous = firstDue();
    for (int k = 0; k < parts; k++) {
      int from = (int) ((long) due.length * k / parts);
      int to = (int) ((long) due.length * (k + 1) / parts);
      long last = previous;
      int count = 0;
      for (int i = from; i < to; i++) {
        if (accepted(i)) {
          count++;
          last = Math.max(last, answered[i]);
        }
      }
      out[k] = last <= previous ? 0 : count / ((last - previous) / 1e9);
      previous = Math.max(previous, last);
    }
    return out;
  }

  /** Bodies that do not contain {@code text}, among the accepted. */
  synchronized int acceptedWithout(String text) {
    int c = 0;
    for (int i = 0; i < due.length; i++) {
      if (accepted(i) && (body[i] == null || !body[i].contains(text))) {
        c++;
      }
    }
    return c;
  }
}
