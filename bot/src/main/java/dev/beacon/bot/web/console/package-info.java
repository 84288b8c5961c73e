/**
 * Local mode's web console: a small chat model (incident channels, #stakeholders, each simulated
 * person's direct messages and pager inbox) filled by local delivery and by commands typed in the
 * browser, served as one HTML page, a command endpoint and a server-sent event stream. Loopback
 * only, local mode only; depends on the commands dispatcher, core's outbox types and {@code
 * web.pages} for access and escaping.
 */
package dev.beacon.bot.web.console;
