package dev.beacon.bench.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Beacon acknowledged to the storm's senders during one run of the child: each alert answered
 * 2xx (by source, fingerprint and status), each command answered without error (the timeline event
 * it must have left), the incidents named in answers, and every answer's status.
 */
final class Ledger {

  /**
   * A command Beacon answered without error.
   *
   * @param incident the incident number
   * @param kind the timeline event kind it must leave, e.g. {@code acknowledged}
   * @param line the line sent
   */
  record Command(long incident, String kind, String line) {}

  private final Map<String, Integer> alerts = new HashMap<>();
  private final List<Command> commands = new ArrayList<>();
  private final List<Long> incidents = new ArrayList<>();
  private final Map<Integer, Long> statuses = new TreeMap<>();
  private long noAnswer;
  private long batches;

  /** A ledger for the next run, knowing the incidents this one heard of. */
  synchronized Ledger next() {
    Ledger next = new Ledger();
    next.incidents.addAll(incidents);
    return next;
  }

  /** The key of an alert in {@code alert_log}: {@code source|fingerprint|FIRING}. */
  static String key(String source, String fingerprint, boolean firing) {
    return source + "|" + fingerprint + "|" + (firing ? "FIRING" : "RESOLVED");
  }

  synchronized void answered(int status) {
    statuses.merge(status, 1L, Long::sum);
  }

  synchronized void noAnswer() {
    noAnswer++;
  }

  synchronized void accepted(List<String> alertKeys, List<Long> named) {
    batches++;
    alertKeys.forEach(k -> alerts.merge(k, 1, Integer::sum));
    for (Long n : named) {
      if (!incidents.contains(n)) {
        incidents.add(n);
      }
    }
  }

  synchronized void command(Command c) {
    commands.add(c);
  }

  /** An incident named in an answer so far, picked by {@code index}; -1 when none. */
  synchronized long incident(int index) {
    return incidents.isEmpty() ? -1 : incidents.get(Math.floorMod(index, incidents.size()));
  }

  synchronized Map<String, Integer> alerts() {
    return Map.copyOf(alerts);
  }

  synchronized List<Command> commands() {
    return List.copyOf(commands);
  }

  synchronized Map<Integer, Long> statuses() {
    return new TreeMap<>(statuses);
  }

  synchronized long noAnswers() {
    return noAnswer;
  }

  synchronized long batches() {
    return batches;
  }

  synchronized long alertCount() {
    return alerts.values().stream().mapToLong(Integer::longValue).sum();
  }
}
