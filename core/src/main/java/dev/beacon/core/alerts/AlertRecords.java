package dev.beacon.core.alerts;

import dev.beacon.core.incident.IncidentId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What the store keeps about alerts, read and written inside a store transaction. */
public interface AlertRecords {

  /** The incident {@code groupKey} from {@code source} feeds, if any. */
  Optional<AlertGroup> group(String source, String groupKey);

  /** Ties a group to an incident, replacing any earlier tie. */
  void saveGroup(AlertGroup group);

  /** The last known status of each of the incident's alerts, by fingerprint. */
  Map<String, AlertStatus> states(IncidentId incident);

  /**
   * The last known status of those of the incident's alerts named in {@code fingerprints} (a
   * batch's): reading only these keeps a large incident's batches cheap.
   */
  Map<String, AlertStatus> states(IncidentId incident, java.util.Collection<String> fingerprints);

  /** How many of the incident's alerts are firing, as last known. */
  int firingCount(IncidentId incident);

  /** Records an alert's status in the incident. */
  void saveState(IncidentId incident, String fingerprint, AlertStatus status, Instant at);

  /** How many groups from {@code source} were tied to a new, non-storm incident since then. */
  int incidentsOpenedSince(String source, Instant since);

  /** How many alerts {@code source} sent since then. */
  int receivedSince(String source, Instant since);

  /** Appends to the alert log. */
  void log(AlertLogEntry entry);

  /** The group's notice (a rule paged or posted about it without an incident), if any. */
  Optional<AlertNotice> notice(String source, String groupKey);

  /** The notice with that id, if any. */
  Optional<AlertNotice> notice(long id);

  /**
   * Saves a notice: a new one (id 0) is added and returned with its id; a known one is replaced.
   */
  AlertNotice saveNotice(AlertNotice notice);
}
