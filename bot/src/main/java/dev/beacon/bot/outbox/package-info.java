/** Sending the outbox after commit: the dispatcher thread and its delivery adapters. */
package dev.beacon.bot.outbox;
