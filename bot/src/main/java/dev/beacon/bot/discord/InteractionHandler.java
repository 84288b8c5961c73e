package dev.beacon.bot.discord;

import dev.beacon.bot.discord.ids.ComponentId;
import dev.beacon.bot.discord.ids.FormId;
import dev.beacon.bot.discord.ids.InvalidComponentId;
import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Invocation;
import dev.beacon.commands.Reply;
import dev.beacon.core.audit.AuditEntry;
import dev.beacon.core.audit.AuditLog;
import dev.beacon.core.incident.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slash commands: maps the Discord user to a person, the command and its options to an {@link
 * Invocation}, dispatches it on a worker thread (the store may block; JDA's event thread must not)
 * and answers with the rendered {@link Reply}.
 *
 * <p>Discord wants an answer within 3 seconds. Rather than always deferring (which fixes the
 * answer's visibility before we know whether it is an error), the handler answers directly when the
 * command finishes within {@code deferAfter}, so errors stay ephemeral and cards public; a slower
 * command is deferred at {@code deferAfter} and answered through the hook.
 */
public final class InteractionHandler extends ListenerAdapter implements AutoCloseable {

  /** Time left for network latency before Discord's 3-second limit. */
  public static final Duration DEFAULT_DEFER_AFTER = Duration.ofMillis(1500);

  private static final Logger LOG = LoggerFactory.getLogger(InteractionHandler.class);

  /** The audit log of a handler that checks no roles, so never refuses: there is nothing to log. */
  private static final AuditLog NOTHING_REFUSED =
      new AuditLog() {
        @Override
        public void append(AuditEntry entry) {
          throw new IllegalStateException("a handler without role checks refused " + entry);
        }

        @Override
        public java.util.List<AuditEntry> recentAudit(int limit) {
          return java.util.List.of();
        }
      };

  private final CommandDispatcher commands;
  private final DiscordPeople people;
  private final Duration deferAfter;
  private final DiscordPermissions permissions;
  private final AuditLog audit;
  private final Clock clock;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, daemons("command"));
  private final ScheduledExecutorService deferrals =
      Executors.newSingleThreadScheduledExecutor(daemons("defer"));

  /**
   * Dispatches to {@code commands} as the person {@code people} maps each user to, with no Discord
   * role checks (tests and set-ups without {@code discord.roles}); refusals are not audited.
   */
  public InteractionHandler(CommandDispatcher commands, DiscordPeople people, Duration deferAfter) {
    this(
        commands,
        people,
        DiscordPermissions.none(),
        NOTHING_REFUSED,
        Clock.systemUTC(),
        deferAfter);
  }

  /**
   * As above, checking each interaction against {@code permissions} first; refusals are answered
   * ephemerally and appended to {@code audit} with the time from {@code clock}.
   */
  public InteractionHandler(
      CommandDispatcher commands,
      DiscordPeople people,
      DiscordPermissions permissions,
      AuditLog audit,
      Clock clock,
      Duration deferAfter) {
    this.commands = commands;
    this.people = people;
    this.permissions = permissions;
    this.audit = audit;
    this.clock = clock;
    this.deferAfter = deferAfter;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    Invocation invocation = invocation(event);
    InteractionAnswer answer = new InteractionAnswer(event, invocation.command().equals("help"));
    if (refused(
        answer, invocation.command(), invocation.user(), event.getMember(), line(invocation))) {
      return;
    }
    Optional<IncidentForms.Form> form =
        IncidentForms.of(invocation.command()).filter(f -> f.needed(invocation));
    if (form.isPresent()) {
      Optional<Modal> modal = IncidentForms.modal(form.get(), invocation);
      if (modal.isPresent()) {
        answer.showForm(modal.get());
      } else {
        answer.send(
            Reply.error(
                "Too much was typed to carry into the form; give every option instead: "
                    + commands.specs().stream()
                        .filter(s -> s.name().equals(invocation.command()))
                        .map(dev.beacon.commands.CommandSpec::usage)
                        .findFirst()
                        .orElse("/help")));
      }
      return;
    }
    run(answer, () -> commands.dispatch(invocation));
  }

  /**
   * A submitted form: the command it completes runs with the options carried in the form's id and
   * the fields' values, as the person who submitted it.
   */
  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    InteractionAnswer answer = new InteractionAnswer(event, false);
    FormId id;
    try {
      id = FormId.parse(event.getModalId());
    } catch (InvalidComponentId e) {
      answer.send(Reply.error(e.getMessage()));
      return;
    }
    String command = "incident " + id.verb();
    Optional<IncidentForms.Form> form = IncidentForms.of(command);
    if (form.isEmpty()) {
      answer.send(
          Reply.error("Beacon has no form for /" + command + "; type the command (see /help)."));
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (ModalMapping m : event.getValues()) {
      if (m.getCustomId() != null && m.getType() == Component.Type.TEXT_INPUT) {
        values.put(m.getCustomId(), m.getAsString());
      }
    }
    Invocation invocation =
        new Invocation(
            people.actorFor(event.getUser().getId()),
            event.getChannelId(),
            command,
            IncidentForms.options(form.get(), id, values));
    if (refused(answer, command, invocation.user(), event.getMember(), line(invocation))) {
      return;
    }
    run(answer, () -> commands.dispatch(invocation));
  }

  /**
   * A button: its typed id names the command it stands for, run as the person who pressed it, so a
   * button can never do more than typing would.
   */
  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    InteractionAnswer answer = new InteractionAnswer(event, false);
    ComponentId id;
    try {
      id = ComponentId.parse(event.getComponentId());
    } catch (InvalidComponentId e) {
      answer.send(Reply.error(e.getMessage()));
      return;
    }
    Actor actor = people.actorFor(event.getUser().getId());
    String channel = event.getChannelId() == null ? "" : event.getChannelId();
    String command = "incident " + id.action().verb();
    if (refused(answer, command, actor, event.getMember(), id.commandLine())) {
      return;
    }
    run(answer, () -> commands.dispatchLine(actor, channel, id.commandLine()));
  }

  /**
   * Checks the Discord roles; a refusal is answered (ephemerally), audited, and returns true. An
   * audit log that cannot be written does not turn a refusal into a permission.
   */
  private boolean refused(
      InteractionAnswer answer, String command, Actor actor, Member member, String line) {
    Optional<String> refusal = permissions.refusal(command, actor, member);
    if (refusal.isEmpty()) {
      return false;
    }
    try {
      audit.append(AuditEntry.refused(clock.instant(), actor.id(), line, refusal.get()));
    } catch (RuntimeException e) {
      LOG.warn("could not audit the refused {} by {}: {}", line, actor, e.toString());
    }
    answer.send(Reply.error(refusal.get()));
    return true;
  }

  /** The command as it could have been typed: {@code /incident close incident:INC-4}. */
  static String line(Invocation invocation) {
    StringBuilder line = new StringBuilder("/").append(invocation.command());
    invocation
        .options()
        .forEach(
            (k, v) ->
                line.append(' ')
                    .append(k)
                    .append(':')
                    .append(v.matches("\\S+") ? v : '"' + v.replace("\"", "'") + '"'));
    return line.toString();
  }

  /** Runs {@code work} off JDA's threads; answers directly if quick, else defers in time. */
  private void run(InteractionAnswer answer, Supplier<Reply> work) {
    if (deferAfter.isZero()) {
      answer.defer(); // always defer, before the command runs
    }
    try {
      ScheduledFuture<?> deferral =
          deferrals.schedule(answer::defer, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
      workers.execute(
          () -> {
            Reply reply = work.get();
            deferral.cancel(false);
            answer.send(reply);
          });
    } catch (RejectedExecutionException e) {
      answer.send(Reply.error("Beacon is shutting down; try again in a minute."));
    }
  }

  /** The invocation a slash command stands for; every option value as text. */
  Invocation invocation(SlashCommandInteractionEvent event) {
    Map<String, String> options = new LinkedHashMap<>();
    for (OptionMapping o : event.getOptions()) {
      options.put(o.getName(), o.getAsString());
    }
    return new Invocation(
        people.actorFor(event.getUser().getId()),
        event.getChannelId(),
        SlashCommands.commandName(event.getName(), event.getSubcommandName()),
        options);
  }

  /** Stops taking commands; those already running finish. */
  @Override
  public void close() {
    deferrals.shutdown();
    workers.shutdown();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemons(String role) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "beacon-discord-" + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
