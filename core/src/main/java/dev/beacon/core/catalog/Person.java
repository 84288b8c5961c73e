package dev.beacon.core.catalog;

/**
 * Someone who responds, gets paged or follows incidents.
 *
 * @param id handle used in commands, e.g. {@code alice}
 * @param name display name
 * @param site id of their home site
 * @param team id of their team
 */
public record Person(String id, String name, String site, String team) {}
