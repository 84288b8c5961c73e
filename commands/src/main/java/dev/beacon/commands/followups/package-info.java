/** {@code /followups}: follow-up actions across closed incidents. */
package dev.beacon.commands.followups;
