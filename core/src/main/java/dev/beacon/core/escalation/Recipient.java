package dev.beacon.core.escalation;

/**
 * A person to page, and why it is them.
 *
 * @param person the person's id
 * @param why e.g. "on-call: Warsaw covers 17:00-01:00 Europe/Warsaw; weekly rotation"
 */
public record Recipient(String person, String why) {}
