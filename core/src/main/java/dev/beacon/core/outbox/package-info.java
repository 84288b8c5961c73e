/**
 * The outbox: side effects decided in a transaction, sent after it commits, with idempotency keys
 * so that a crash between deciding and sending re-sends rather than forgets. JDK only.
 */
package dev.beacon.core.outbox;
