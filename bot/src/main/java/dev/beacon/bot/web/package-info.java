/**
 * Beacon's HTTP surface: the listener (the JDK's built-in server) and inbound webhooks from paging
 * vendors. Handlers verify first and commit before answering 2xx.
 */
package dev.beacon.bot.web;
