/**
 * {@code /oncall}: who is on call at each site now, and who would be paged for a service, read from
 * {@link dev.beacon.core.routing.OwnerResolver}. Depends on core only.
 */
package dev.beacon.commands.oncall;
