/**
 * Chat commands, platform-neutral: an {@link dev.beacon.commands.Invocation} goes in, a {@link
 * dev.beacon.commands.Reply} comes out. The dispatcher, the text command-line syntax, filters and
 * the one list of commands live here. Depends on core only: no JDA, HTTP or SQL.
 */
package dev.beacon.commands;
