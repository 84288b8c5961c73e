/**
 * Beacon's typed configuration: {@link dev.beacon.config.ConfigLoader} reads one YAML file into an
 * immutable {@link dev.beacon.config.BeaconConfig} and validates all of it, reporting every problem
 * at once as {@code file:line path: message}. Each component receives only its own record (a {@link
 * dev.beacon.config.SiteConfig}, {@link dev.beacon.config.DiscordConfig}, ...). The package-private
 * {@code *Binder} classes turn the line-keeping YAML tree into records. Depends on {@code
 * dev.beacon.core} (for severities), the JDK and Jackson's YAML streaming parser.
 */
package dev.beacon.config;
