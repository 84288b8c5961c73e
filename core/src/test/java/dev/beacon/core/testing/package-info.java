/**
 * Test fixtures shared with other modules through core's test jar: a mutable clock, an in-memory
 * store and a small catalogue.
 */
package dev.beacon.core.testing;
