package dev.beacon.commands;

import dev.beacon.core.catalog.Catalog;

/**
 * Only configured people (and Beacon's own integrations) may change incidents; anyone may read the
 * help.
 */
public final class KnownPersonFilter implements CommandFilter {

  private final Catalog catalog;

  /** Checks users against {@code catalog}'s people. */
  public KnownPersonFilter(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Reply apply(Invocation invocation, ChatCommand command, Chain next) {
    boolean known =
        invocation.user().isSystem() || catalog.person(invocation.user().id()).isPresent();
    if (!known && !command.spec().name().equals("help")) {
      return Reply.error(
          "You ("
              + invocation.user().id()
              + ") are not in Beacon's list of people, so you cannot use /"
              + command.spec().name()
              + ". Ask an administrator to add you under people: in the configuration.");
    }
    return next.proceed(invocation);
  }
}
