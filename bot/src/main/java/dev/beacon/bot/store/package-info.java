/**
 * The SQLite store: {@link dev.beacon.bot.store.SqliteIncidentStore}, Beacon's system of record
 * behind core's {@code IncidentStore} port, with its schema migrations (SQL files under {@code
 * db/migration}), the data directory's process lock, and {@link
 * dev.beacon.bot.store.StoreVerifier}. Depends on core, the JSON codec in integrations and
 * sqlite-jdbc; nothing outside this package sees JDBC.
 */
package dev.beacon.bot.store;
