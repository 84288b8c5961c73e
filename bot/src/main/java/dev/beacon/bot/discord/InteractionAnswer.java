package dev.beacon.bot.discord;

import dev.beacon.commands.Reply;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one interaction exactly once: directly when the command finished in time, or through the
 * hook after {@link #defer} acknowledged it. Direct answers get the reply's own visibility (errors
 * ephemeral); after a public deferral an ephemeral reply becomes an ephemeral follow-up and the
 * public "thinking" message is deleted, so nobody else sees a refusal.
 */
final class InteractionAnswer {

  private enum State {
    PENDING,
    DEFERRED,
    ANSWERED
  }

  private static final Logger LOG = LoggerFactory.getLogger(InteractionAnswer.class);

  private final IReplyCallback interaction;
  private final boolean deferEphemeral;
  private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);

  /**
   * @param deferEphemeral whether a deferral shows only to the user: true for commands whose
   *     answers are always private (help)
   */
  InteractionAnswer(IReplyCallback interaction, boolean deferEphemeral) {
    this.interaction = interaction;
    this.deferEphemeral = deferEphemeral;
  }

  /** Acknowledges the interaction ("Beacon is thinking…") unless it was already answered. */
  void defer() {
    if (state.compareAndSet(State.PENDING, State.DEFERRED)) {
      interaction.deferReply(deferEphemeral).queue(ok -> {}, e -> failed("defer", e));
    }
  }

  /**
   * Answers with a form (modal) for the user to fill in; only possible as the first answer, and
   * only for slash commands and buttons.
   */
  void showForm(net.dv8tion.jda.api.modals.Modal modal) {
    if (state.compareAndSet(State.PENDING, State.ANSWERED)
        && interaction instanceof net.dv8tion.jda.api.interactions.callbacks.IModalCallback forms) {
      forms.replyModal(modal).queue(ok -> {}, e -> failed("form", e));
    }
  }

  /** Sends {@code reply}, directly or through the hook if the interaction was deferred. */
  void send(Reply reply) {
    MessageCreateData message = DiscordReplies.render(reply);
    if (state.compareAndSet(State.PENDING, State.ANSWERED)) {
      interaction
          .reply(message)
          .setEphemeral(reply.ephemeral())
          .queue(ok -> {}, e -> failed("reply", e));
      return;
    }
    // Deferred: JDA holds requests on the hook until the deferral itself has been acknowledged.
    InteractionHook hook = interaction.getHook();
    if (reply.ephemeral() && !deferEphemeral) {
      hook.sendMessage(message).setEphemeral(true).queue(ok -> {}, e -> failed("follow-up", e));
      hook.deleteOriginal().queue(ok -> {}, e -> failed("delete", e));
    } else {
      hook.editOriginal(MessageEditData.fromCreateData(message))
          .queue(ok -> {}, e -> failed("edit", e));
    }
  }

  private void failed(String what, Throwable e) {
    LOG.warn("Discord {} for interaction {} failed: {}", what, interaction.getId(), e.toString());
  }
}
