/**
 * The timeline: a sealed family of event records, each with its instant, actor and incident. The
 * timeline is the record that reviews, exports and metrics read. JDK only.
 */
package dev.beacon.core.timeline;
