package dev.beacon.commands;

/**
 * A button under a reply. Pressing it runs {@code command} as the person who pressed it, so a
 * button can never do more than typing would.
 *
 * @param label what the button says
 * @param command the command line it stands for, e.g. {@code /incident ack INC-1}
 */
public record Button(String label, String command) {}
