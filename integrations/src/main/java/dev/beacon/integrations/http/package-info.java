/**
 * What every HTTP integration shares: the factory for Beacon's one {@link okhttp3.OkHttpClient},
 * {@code Retry-After} parsing, vendor length limits, HMAC-SHA256 helpers, and the result of parsing
 * an inbound vendor callback ({@link dev.beacon.integrations.http.InboundAck}, {@link
 * dev.beacon.integrations.http.InboundRejected}). Depends on {@code dev.beacon.core} and OkHttp.
 */
package dev.beacon.integrations.http;
