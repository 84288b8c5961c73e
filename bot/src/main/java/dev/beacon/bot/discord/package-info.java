/**
 * The Discord adapter (JDA): connecting to the gateway, registering Beacon's slash commands in the
 * guild, turning interactions into platform-neutral {@link dev.beacon.commands.Invocation}s and
 * rendering {@link dev.beacon.commands.Reply}s as embeds and buttons. Discord values (snowflakes,
 * option strings, custom ids) stop here: commands and core only see people's handles. May depend on
 * JDA, {@code commands}, {@code config} and {@code core}; nothing outside {@code bot} depends on
 * it.
 */
package dev.beacon.bot.discord;
