/**
 * Names of incident channels: {@link dev.beacon.bot.discord.channels.ChannelName} builds {@code
 * inc-42-payments-api-5xx} from an incident's number and title, and reads the incident back from a
 * channel's name. Pure values: depends only on the JDK and {@code dev.beacon.core}, never on JDA.
 */
package dev.beacon.bot.discord.channels;
