/**
 * Beacon's own web pages, server-rendered HTML on the HTTP listener under {@code /review/}: the
 * incident list and pages, exports and metrics; who may see them is {@link
 * dev.beacon.bot.web.pages.WebAccess}'s decision.
 */
package dev.beacon.bot.web.pages;
