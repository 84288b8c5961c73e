package dev.beacon.config;

import java.net.URI;

/**
 * Where reviews are published: a MediaWiki's {@code api.php}, a bot password (Special:BotPasswords)
 * from the environment, and the page title prefix ({@code Incidents/INC-4}).
 */
public record MediaWikiConfig(URI apiUrl, SecretRef user, SecretRef password, String pagePrefix) {

  public static final String DEFAULT_PAGE_PREFIX = "Incidents/";
}
