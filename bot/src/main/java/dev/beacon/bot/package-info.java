/**
 * The deployable: the entry point. Subpackages hold the command line, wiring, the SQLite store and
 * the local console; this module is the only one that sees every library.
 */
package dev.beacon.bot;
