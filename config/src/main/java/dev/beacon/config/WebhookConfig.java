package dev.beacon.config;

import java.net.URI;
import java.util.Optional;

/** A generic outgoing webhook for pages, optionally signed with a secret from the environment. */
public record WebhookConfig(URI url, Optional<SecretRef> secret) {}
