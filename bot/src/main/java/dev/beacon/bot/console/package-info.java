/** Local mode's terminal console: typed commands in, replies printed as text. */
package dev.beacon.bot.console;
