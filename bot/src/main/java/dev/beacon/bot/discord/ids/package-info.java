/**
 * Typed references carried through Discord: {@link dev.beacon.bot.discord.ids.ComponentId} turns a
 * button's or select menu's {@code custom_id} into an action and an {@link
 * dev.beacon.core.incident.IncidentId}, and back, so no raw chat string travels past the adapter.
 * Pure values: depends only on the JDK and {@code dev.beacon.core}, never on JDA.
 */
package dev.beacon.bot.discord.ids;
