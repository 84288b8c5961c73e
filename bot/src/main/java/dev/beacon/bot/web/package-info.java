/**
 * Beacon's HTTP surface on the JDK's built-in server: the listener; inbound webhooks from paging
 * vendors ({@link dev.beacon.bot.web.VendorHook}) and from monitoring ({@link
 * dev.beacon.bot.web.AlertHook}, with sender authentication); the health and readiness probes; and
 * {@code /metrics} in Prometheus's text format, rendered here without a metrics library. Handlers
 * verify first and commit before answering 2xx. Depends on core's ports, the store's read-only
 * statistics and the integrations' HMAC helper; nothing here talks to Discord or Quartz.
 */
package dev.beacon.bot.web;
