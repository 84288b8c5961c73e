package dev.beacon.bot.discord;

import dev.beacon.bot.discord.ids.ComponentId;
import dev.beacon.commands.Button;
import dev.beacon.commands.Field;
import dev.beacon.commands.Reply;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders a platform-neutral {@link Reply} as a Discord message: one embed (title, text, fields)
 * and the reply's buttons. Text is cut to Discord's limits rather than refused: a long timeline
 * must still answer.
 */
public final class DiscordReplies {

  /** Discord's limit on a component's custom id. */
  public static final int MAX_CUSTOM_ID = 100;

  private static final Color ERROR = new Color(0xD9534F);
  private static final Color NORMAL = new Color(0x3B82F6);
  private static final int MAX_FIELDS = 25;
  private static final int MAX_BUTTONS = 25;

  private DiscordReplies() {}

  /** The message for {@code reply}. */
  public static MessageCreateData render(Reply reply) {
    EmbedBuilder embed = new EmbedBuilder().setColor(reply.error() ? ERROR : NORMAL);
    if (!reply.title().isEmpty()) {
      embed.setTitle(cut(reply.title(), MessageEmbed.TITLE_MAX_LENGTH));
    }
    embed.setDescription(
        reply.text().isEmpty() ? null : cut(reply.text(), MessageEmbed.DESCRIPTION_MAX_LENGTH));
    for (Field f : reply.fields().subList(0, Math.min(MAX_FIELDS, reply.fields().size()))) {
      embed.addField(
          cut(f.name(), MessageEmbed.TITLE_MAX_LENGTH),
          cut(f.value(), MessageEmbed.VALUE_MAX_LENGTH),
          true);
    }
    if (embed.isEmpty()) {
      embed.setDescription("(no content)");
    }
    MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed.build());
    List<net.dv8tion.jda.api.components.buttons.Button> buttons =
        reply.buttons().stream().limit(MAX_BUTTONS).flatMap(b -> button(b).stream()).toList();
    if (!buttons.isEmpty()) {
      message.setComponents(ActionRow.partitionOf(buttons));
    }
    return message.build();
  }

  /**
   * The custom id a button carries; the one place where the typed custom-id codec of {@code
   * dev.beacon.bot.discord.ids} will plug in. For now it is the button's command line, and a button
   * whose line does not fit Discord's 100 characters is left out (typing the command still works).
   */
  public static Optional<String> customId(Button button) {
    return ComponentId.fromCommandLine(button.command()).map(ComponentId::encode);
  }

  private static Optional<net.dv8tion.jda.api.components.buttons.Button> button(Button b) {
    return customId(b)
        .map(
            id ->
                net.dv8tion.jda.api.components.buttons.Button.primary(
                    id,
                    cut(
                        b.label(),
                        net.dv8tion.jda.api.components.buttons.Button.LABEL_MAX_LENGTH)));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Discord's longest message. */
  static final int MAX_MESSAGE = 2000;

  /** {@code text} cut to fit one Discord message. */
  static String fit(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
