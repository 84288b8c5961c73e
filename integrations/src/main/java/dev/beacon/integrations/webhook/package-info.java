/**
 * The generic webhook: {@link dev.beacon.integrations.webhook.WebhookPager} POSTs a versioned,
 * signed JSON body (documented in {@code docs/webhook.md}); {@link
 * dev.beacon.integrations.webhook.WebhookSignature} signs and verifies it, for receivers and tests.
 * Depends on {@code dev.beacon.core}, {@code dev.beacon.integrations.http}, OkHttp and Jackson.
 */
package dev.beacon.integrations.webhook;
