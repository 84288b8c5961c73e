package dev.beacon.commands.oncall;

import dev.beacon.commands.ChatCommand;
import dev.beacon.commands.CommandException;
import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.Field;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.OptionSpec;
import dev.beacon.commands.OptionType;
import dev.beacon.commands.Reply;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Ownership;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /oncall [service]}: who is on call at each site now, and who a service would page. */
public final class OncallCommand implements ChatCommand {

  private static final CommandSpec SPEC =
      CommandSpec.of(
          "oncall",
          "Who is on call at each site now, and who would be paged for a service",
          OptionSpec.optional("service", OptionType.TEXT, "A service id, e.g. payments-api"));

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final OwnerResolver resolver;
  private final Clock clock;

  /** Answers from {@code resolver} at the time {@code clock} tells. */
  public OncallCommand(OwnerResolver resolver, Clock clock) {
    this.resolver = resolver;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(Invocation inv) {
    Instant now = clock.instant();
    Optional<String> service = inv.raw("service");
    List<Field> fields = new ArrayList<>();
    Optional<String> team = Optional.empty();
    if (service.isPresent()) {
      Ownership owner;
      try {
        owner = resolver.resolve(service.get(), now);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new CommandException(e.getMessage());
      }
      fields.add(new Field("Service", owner.service()));
      fields.add(new Field("Team", owner.team()));
      fields.add(new Field("Site", owner.site()));
      fields.add(new Field("Primary", owner.primary()));
      owner.secondary().ifPresent(s -> fields.add(new Field("Secondary", s)));
      fields.add(new Field("Why", owner.reason()));
      team = Optional.of(owner.team());
    }
    Optional<String> only = team;
    String title =
        service
            .map(s -> "Paged for " + s + " at " + UTC.format(now))
            .orElse("On call at " + UTC.format(now));
    return new Reply(
        title,
        String.join(
            "\n", new OnCallBoard(resolver).lines(now, t -> only.map(t::equals).orElse(true))),
        fields,
        List.of(),
        false,
        false);
  }
}
