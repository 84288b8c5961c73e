package dev.beacon.commands;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.incident.Actor;

/**
 * Only configured people (and Beacon's own integrations) may change incidents; reading them (help,
 * show, timeline, pages, on-call), which needs no more than {@link Access#STAKEHOLDER}, is open to
 * people Beacon does not know, such as stakeholders following a channel.
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
    if (!known && Access.requiredFor(command.spec().name()).includes(Access.RESPONDER)) {
      return Reply.error(refusal(invocation.user(), command.spec().name()));
    }
    return next.proceed(invocation);
  }

  /** What someone Beacon does not know is told when trying {@code command}. */
  public static String refusal(Actor user, String command) {
    return "You ("
        + user.id()
        + ") are not in Beacon's list of people, so you cannot use /"
        + command
        + ". Ask an administrator to add you under people: in the configuration.";
  }
}
