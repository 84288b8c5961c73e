/**
 * After an incident: rendering its record for people (Markdown export, time formats) and the
 * follow-up actions of reviews across incidents ({@link dev.beacon.core.review.FollowUpBoard}).
 * Metrics over timelines are in {@code dev.beacon.core.metrics}. JDK only.
 */
package dev.beacon.core.review;
