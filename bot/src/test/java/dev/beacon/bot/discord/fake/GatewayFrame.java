package dev.beacon.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One gateway message the fake Discord received from the bot.
 *
 * @param path the path of the connection it came on: {@code /gateway}, or {@code /resume} for the
 *     {@code resume_gateway_url} given in READY
 * @param op the gateway opcode: 1 heartbeat, 2 IDENTIFY, 6 RESUME, ...
 * @param d the payload
 */
public record GatewayFrame(String path, int op, JsonNode d) {

  /** Opcode of IDENTIFY, the start of a new session. */
  public static final int IDENTIFY = 2;

  /** Opcode of RESUME, the continuation of a session after a dropped connection. */
  public static final int RESUME = 6;

  @Override
  public String toString() {
    // Never prints the token that IDENTIFY and RESUME carry.
    return path + " op " + op;
  }
}
