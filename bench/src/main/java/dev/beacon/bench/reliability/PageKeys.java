package dev.beacon.bench.reliability;

import dev.beacon.bench.reliability.PagerDutyRecorder.Event;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages PagerDuty received, grouped by incident, against the store: one dedup key per reopen
 * cycle ({@code beacon-INC-n}, then {@code beacon-INC-n.r1}, ...), a page re-sent after a crash
 * under the same key, every paged incident present in the store, every page the store says was sent
 * received.
 */
final class PageKeys {

  private static final Pattern KEY = Pattern.compile("beacon-INC-(\\d+)(?:\\.r(\\d+))?");

  private PageKeys() {}

  /** Checks each incident's triggers into {@code keys} and {@code known}. */
  static void check(List<Event> events, StoreAudit store, Check keys, Check known) {
    Map<String, List<Event>> byIncident = new TreeMap<>();
    for (Event e : events) {
      if (e.action().equals("trigger") && !e.incident().isEmpty()) {
        byIncident.computeIfAbsent(e.incident(), i -> new java.util.ArrayList<>()).add(e);
      }
    }
    for (Map.Entry<String, List<Event>> entry : byIncident.entrySet()) {
      String incident = entry.getKey();
      long n = AlertStorm.number(incident);
      known.expect(
          store.statuses().containsKey(n),
          "PagerDuty was paged for " + incident + ", which is not in the store");
      int reopens = store.reopens().getOrDefault(n, 0);
      Set<String> distinct = new LinkedHashSet<>();
      Map<String, Set<String>> keysOfPage = new LinkedHashMap<>();
      String problem = null;
      for (Event e : entry.getValue()) {
        distinct.add(e.dedupKey());
        keysOfPage.computeIfAbsent(e.page(), p -> new LinkedHashSet<>()).add(e.dedupKey());
        Matcher m = KEY.matcher(e.dedupKey());
        if (!m.matches() || Long.parseLong(m.group(1)) != n) {
          problem = "a trigger for " + incident + " carries dedup_key " + e.dedupKey();
        } else if (m.group(2) != null && Integer.parseInt(m.group(2)) > reopens) {
          problem =
              incident
                  + " was reopened "
                  + reopens
                  + " times but a trigger carries dedup_key "
                  + e.dedupKey();
        }
      }
      for (Map.Entry<String, Set<String>> page : keysOfPage.entrySet()) {
        if (page.getValue().size() > 1) {
          problem =
              "one page of "
                  + incident
                  + " ("
                  + page.getKey()
                  + ") was sent under dedup keys "
                  + page.getValue();
        }
      }
      if (problem == null && distinct.size() > reopens + 1) {
        problem =
            incident
                + " (reopened "
                + reopens
                + " times) was paged under "
                + distinct.size()
                + " dedup keys "
                + distinct;
      }
      keys.expect(problem == null, problem);
    }
  }

  /** Every incident the store says was paged (a page SENT) has a trigger PagerDuty accepted. */
  static void delivered(List<Event> events, StoreAudit store, Check delivered) {
    Set<Long> received = new java.util.HashSet<>();
    for (Event e : events) {
      if (e.action().equals("trigger") && e.answered() / 100 == 2 && !e.incident().isEmpty()) {
        received.add(AlertStorm.number(e.incident()));
      }
    }
    for (long n : new java.util.TreeSet<>(store.pagedIncidents())) {
      delivered.expect(
          received.contains(n),
          "the store says a page of INC-"
              + n
              + " was sent, but PagerDuty accepted no trigger for it");
    }
  }
}
