/**
 * Beacon's JSON format for incidents and timeline events: an explicit, versioned mapping written
 * field by field, so the stored and exported format does not change when a record is refactored.
 * Used by the SQLite store (payload columns) and by {@code beacon export --format json}. Depends on
 * {@code dev.beacon.core} and Jackson's tree model only.
 */
package dev.beacon.integrations.json;
