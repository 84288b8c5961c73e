package dev.beacon.core.catalog;

/**
 * A team that owns services.
 *
 * @param id short id, e.g. {@code payments}
 * @param name display name
 */
public record Team(String id, String name) {}
