package dev.beacon.core.escalation;

import java.time.Duration;

/**
 * One step of an escalation policy: page {@code target}; unacknowledged after {@code timeout}, go
 * to the next step.
 *
 * @param target whom to page
 * @param timeout how long to wait for an acknowledgement
 */
public record EscalationLevel(Target target, Duration timeout) {}
