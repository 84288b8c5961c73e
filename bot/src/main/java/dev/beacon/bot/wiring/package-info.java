/**
 * Wiring by hand: turns the configuration into the pieces each component needs and connects the
 * store, the use cases and the commands. The only place that knows every module.
 */
package dev.beacon.bot.wiring;
