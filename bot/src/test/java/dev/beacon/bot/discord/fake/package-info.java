/**
 * A fake Discord for tests: REST and gateway on one loopback MockWebServer, enough for the real JDA
 * to connect, register commands, receive interactions and answer them. Test code only; depends on
 * mockwebserver3, Jackson and JDA's {@code TimeUtil}.
 */
package dev.beacon.bot.discord.fake;
