/**
 * The organisation as Beacon sees it: sites, teams, people, services and service levels, built from
 * the configuration by the deployable and handed to the use cases. JDK only.
 */
package dev.beacon.core.catalog;
