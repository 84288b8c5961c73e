package dev.beacon.core.testing;

import dev.beacon.core.alerts.AlertGroup;
import dev.beacon.core.alerts.AlertLogEntry;
import dev.beacon.core.alerts.AlertRecords;
import dev.beacon.core.alerts.AlertStatus;
import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AlertRecords} in memory, copied per transaction by {@link InMemoryIncidentStore}. */
final class InMemoryAlertRecords implements AlertRecords {

  private final Map<String, AlertGroup> groups;
  private final Map<Long, Map<String, AlertStatus>> states;
  private final List<AlertLogEntry> log;
  private final Map<Long, dev.beacon.core.alerts.AlertNotice> notices;

  InMemoryAlertRecords() {
    this(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>());
  }

  private InMemoryAlertRecords(
      Map<String, AlertGroup> groups,
      Map<Long, Map<String, AlertStatus>> states,
      List<AlertLogEntry> log,
      Map<Long, dev.beacon.core.alerts.AlertNotice> notices) {
    this.groups = groups;
    this.states = states;
    this.log = log;
    this.notices = notices;
  }

  InMemoryAlertRecords copy() {
    Map<Long, Map<String, AlertStatus>> s = new LinkedHashMap<>();
    states.forEach((k, v) -> s.put(k, new LinkedHashMap<>(v)));
    return new InMemoryAlertRecords(
        new LinkedHashMap<>(groups), s, new ArrayList<>(log), new LinkedHashMap<>(notices));
  }

  List<AlertLogEntry> log() {
    return List.copyOf(log);
  }

  @Override
  public Optional<dev.beacon.core.alerts.AlertNotice> notice(String source, String groupKey) {
    return notices.values().stream()
        .filter(n -> n.source().equals(source) && n.groupKey().equals(groupKey))
        .findFirst();
  }

  @Override
  public Optional<dev.beacon.core.alerts.AlertNotice> notice(long id) {
    return Optional.ofNullable(notices.get(id));
  }

  @Override
  public dev.beacon.core.alerts.AlertNotice saveNotice(dev.beacon.core.alerts.AlertNotice n) {
    long id = n.id() == 0 ? notices.size() + 1 : n.id();
    dev.beacon.core.alerts.AlertNotice saved = n.withId(id);
    notices.put(id, saved);
    return saved;
  }

  @Override
  public Optional<AlertGroup> group(String source, String groupKey) {
    return Optional.ofNullable(groups.get(source + "\u0000" + groupKey));
  }

  @Override
  public void saveGroup(AlertGroup group) {
    groups.put(group.source() + "\u0000" + group.groupKey(), group);
  }

  @Override
  public Map<String, AlertStatus> states(IncidentId incident) {
    return Map.copyOf(states.getOrDefault(incident.number(), Map.of()));
  }

  @Override
  public Map<String, AlertStatus> states(
      IncidentId incident, java.util.Collection<String> fingerprints) {
    Map<String, AlertStatus> all = states.getOrDefault(incident.number(), Map.of());
    Map<String, AlertStatus> out = new LinkedHashMap<>();
    fingerprints.forEach(
        f -> java.util.Optional.ofNullable(all.get(f)).ifPresent(s -> out.put(f, s)));
    return out;
  }

  @Override
  public int firingCount(IncidentId incident) {
    return (int)
        states.getOrDefault(incident.number(), Map.of()).values().stream()
            .filter(s -> s == AlertStatus.FIRING)
            .count();
  }

  @Override
  public void saveState(IncidentId incident, String fingerprint, AlertStatus status, Instant at) {
    states.computeIfAbsent(incident.number(), k -> new LinkedHashMap<>()).put(fingerprint, status);
  }

  @Override
  public int incidentsOpenedSince(String source, Instant since) {
    return (int)
        groups.values().stream()
            .filter(g -> g.source().equals(source) && !g.storm() && !g.openedAt().isBefore(since))
            .map(AlertGroup::incident)
            .distinct()
            .count();
  }

  @Override
  public int receivedSince(String source, Instant since) {
    return (int)
        log.stream()
            .filter(e -> e.source().equals(source) && !e.receivedAt().isBefore(since))
            .count();
  }

  @Override
  public void log(AlertLogEntry entry) {
    log.add(entry);
  }
}
