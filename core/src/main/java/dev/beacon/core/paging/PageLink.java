package dev.beacon.core.paging;

/**
 * A link sent with a page (runbook, incident channel).
 *
 * @param href absolute URL
 * @param text what it is
 */
public record PageLink(String href, String text) {}
