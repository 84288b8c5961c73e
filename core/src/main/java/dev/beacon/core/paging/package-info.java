/**
 * Paging, vendor-neutral: the {@link dev.beacon.core.paging.Pager} port, its requests and outcomes.
 * The integrations module implements it for PagerDuty, Opsgenie and webhooks. JDK only.
 */
package dev.beacon.core.paging;
