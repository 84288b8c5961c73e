/** The {@code /help} command. */
package dev.beacon.commands.help;
