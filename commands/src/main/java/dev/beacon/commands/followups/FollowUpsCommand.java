package dev.beacon.commands.followups;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.review.FollowUpBoard;
import dev.beacon.core.review.FollowUpItem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /followups}: the follow-up actions of closed incidents' reviews, open ones first by due
 * date (overdue marked), then done ones, flagging any whose trouble came back afterwards. Due dates
 * are judged in UTC.
 */
public final class FollowUpsCommand implements ChatCommand {

  /** How many recent incidents are looked through. */
  static final int HISTORY = 1000;

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "followups",
          "Follow-up actions across incidents: owners, due dates, what is overdue",
          OptionSpec.optional("owner", OptionType.PERSON, "Only this person's actions"),
          OptionSpec.optional("done", OptionType.BOOLEAN, "Include actions already done"));

  private final IncidentService incidents;
  private final Clock clock;

  /** Reads through {@code incidents}; "today" comes from {@code clock}. */
  public FollowUpsCommand(IncidentService incidents, Clock clock) {
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    // Every incident: closed ones hold the actions, later ones may show they did not work.
    List<Incident> recent = incidents.recent(HISTORY);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<FollowUpItem> items =
        FollowUpBoard.of(recent, incidents::timeline, today).stream()
            .filter(i -> inv.flag("done", false) || i.doneAt().isEmpty())
            .filter(
                i -> inv.raw("owner").isEmpty() || i.followUp().owner().equals(inv.raw("owner")))
            .toList();
    long open = items.stream().filter(i -> i.doneAt().isEmpty()).count();
    long overdue = items.stream().filter(FollowUpItem::overdue).count();
    String title = "Follow-up actions: " + open + " open, " + overdue + " overdue";
    if (items.isEmpty()) {
      return Reply.of(
          title,
          "None. Closing an incident with follow-ups:\"... @owner due:YYYY-MM-DD\" adds them.");
    }
    return Reply.of(
        title, items.stream().map(FollowUpItem::line).collect(Collectors.joining("\n")));
  }
}
