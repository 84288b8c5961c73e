package dev.beacon.core.alerts;

/** Whether an alert is firing or has resolved. */
public enum AlertStatus {
  /** The condition holds. */
  FIRING,
  /** The condition no longer holds. */
  RESOLVED
}
