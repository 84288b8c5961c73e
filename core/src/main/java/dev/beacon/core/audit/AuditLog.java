package dev.beacon.core.audit;

import java.util.List;

/** Where audited actions are kept, durably, in the order they happened. */
public interface AuditLog {

  /**
   * Appends {@code entry}; durable when this returns.
   *
   * @throws dev.beacon.core.store.StoreException when it cannot be written
   */
  void append(AuditEntry entry);

  /** The newest {@code limit} entries, oldest first. */
  List<AuditEntry> recentAudit(int limit);
}
