/**
 * The audit log: actions Beacon refused (and why), kept apart from incident timelines because a
 * refused action changes no incident. Administrators read it with {@code beacon audit}.
 */
package dev.beacon.core.audit;
