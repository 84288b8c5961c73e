package dev.beacon.core.catalog;

import java.time.ZoneId;

/**
 * A place that staffs the response, with its time zone.
 *
 * @param id short id, e.g. {@code warsaw}
 * @param name display name
 * @param zone where its clocks are
 */
public record Site(String id, String name, ZoneId zone) {}
