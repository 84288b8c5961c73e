package dev.beacon.config;

import java.util.Optional;

/**
 * One way to reach a person, in the order they listed them; {@code target} is the vendor-side id (a
 * PagerDuty user, an Opsgenie responder, a webhook recipient) when one is given.
 */
public record ContactMethod(ContactType type, Optional<String> target) {}
