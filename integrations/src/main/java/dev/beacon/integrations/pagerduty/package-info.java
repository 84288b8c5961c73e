/**
 * PagerDuty: {@link dev.beacon.integrations.pagerduty.PagerDutyPager} sends pages through the
 * Events API v2; {@link dev.beacon.integrations.pagerduty.PagerDutyWebhook} reads and verifies v3
 * webhooks saying an incident was acknowledged or resolved there. Depends on {@code
 * dev.beacon.core}, {@code dev.beacon.integrations.http}, OkHttp and Jackson.
 */
package dev.beacon.integrations.pagerduty;
