package dev.beacon.core.catalog;

/**
 * A business service from the catalogue: who owns it and where its runbook is.
 *
 * @param id slug, e.g. {@code payments-api}
 * @param name display name
 * @param owner id of the owning team
 * @param tier 1 (most critical) to 4
 * @param runbook URL of the runbook, or empty when there is none
 */
public record ServiceInfo(String id, String name, String owner, int tier, String runbook) {

  /** Normalises an absent runbook to empty. */
  public ServiceInfo {
    runbook = runbook == null ? "" : runbook;
  }

  /** True when the service has a runbook. */
  public boolean hasRunbook() {
    return !runbook.isEmpty();
  }
}
