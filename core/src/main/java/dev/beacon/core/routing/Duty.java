package dev.beacon.core.routing;

import java.util.Optional;

/**
 * Who a rota has on call at one instant, and why.
 *
 * @param primary the person paged first; empty when the rotation has not started and no override
 *     applies
 * @param secondary the person paged next, if there is one
 * @param reason e.g. {@code weekly rotation primary, handoff Mon 09:00 (alice until 2026-11-30
 *     09:00); override: jan until 18:00}
 */
public record Duty(Optional<String> primary, Optional<String> secondary, String reason) {}
