/**
 * The storage port: {@link dev.beacon.core.store.IncidentStore} and its transaction. Adapters (the
 * SQLite store in the deployable, an in-memory store in tests) implement it. JDK only.
 */
package dev.beacon.core.store;
