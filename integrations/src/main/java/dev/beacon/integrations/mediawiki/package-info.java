/** Publishing incident reviews to a MediaWiki (the team's knowledge base) through its API. */
package dev.beacon.integrations.mediawiki;
