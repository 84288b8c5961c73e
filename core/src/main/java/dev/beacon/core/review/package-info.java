/**
 * After an incident: rendering its record for people (Markdown export, time formats) and, later,
 * metrics over timelines. JDK only.
 */
package dev.beacon.core.review;
