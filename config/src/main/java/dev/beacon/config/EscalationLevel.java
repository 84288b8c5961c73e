package dev.beacon.config;

import java.time.Duration;

/** One step of an escalation policy: page {@code target}, and move on after {@code timeout}. */
public record EscalationLevel(EscalationTarget target, Duration timeout) {}
