/** The {@code /incident} commands, one class each, and the incident card they answer with. */
package dev.beacon.commands.incident;
