/**
 * Shift handover: when a site's coverage ends (or a site takes over from a fallback), the team's
 * open incidents pass to the site now on duty, with a summary to its on-call, a notice in each
 * incident's channel and a {@link dev.beacon.core.timeline.HandedOver} event in each timeline.
 * {@link dev.beacon.core.handover.HandoverService} is the use case; the deployable's scheduler only
 * calls it. Depends only on the JDK, slf4j-api and the other {@code dev.beacon.core} packages.
 */
package dev.beacon.core.handover;
