package dev.beacon.commands;

/**
 * A labelled value in a reply, e.g. {@code Severity: SEV2}.
 *
 * @param name the label
 * @param value the value; never blank
 */
public record Field(String name, String value) {}
