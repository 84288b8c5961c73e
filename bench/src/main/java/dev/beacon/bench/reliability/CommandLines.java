package dev.beacon.bench.reliability;

import dev.beacon.commands.CommandSpec;
import dev.beacon.commands.OptionSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generated command lines, seeded, from the commands' own specs: real commands with their options
 * in random order, named or positional, quoted or not, with values of the right kind, the wrong
 * kind, huge or Unicode-heavy; repeated and unknown options, unknown subcommands, unbalanced
 * quotes, stray backslashes, missing slashes and lines over the length limit.
 */
final class CommandLines {

  private static final String[] UNKNOWN = {
    "/incident frobnicate",
    "/incidnt declare",
    "/",
    "/ ",
    "//incident declare",
    "/\u0131ncident ack",
    "/INCIDENT DECLARE",
    "/incident",
    "/oncall\u0000",
    "/help help help",
    "/\u202eincident ack",
    "/incident declare declare",
    "/\ud83d\ude00",
    "incident declare title:x",
    "/incident\u00a0ack"
  };

  private final Random r;
  private final List<CommandSpec> specs;
  private final List<String> people;
  private int highestIncident = 5;

  CommandLines(long seed, List<CommandSpec> specs, List<String> people) {
    this.r = new Random(seed);
    this.specs = List.copyOf(specs);
    this.people = List.copyOf(people);
  }

  /** Incidents up to {@code n} exist, so references to them sometimes hit. */
  void incidentsUpTo(long n) {
    highestIncident = (int) Math.max(highestIncident, Math.min(n, Integer.MAX_VALUE - 1));
  }

  /** The next line. */
  String next() {
    if (r.nextInt(100) < 8) {
      return UNKNOWN[r.nextInt(UNKNOWN.length)]
          + (r.nextBoolean() ? "" : " " + FuzzStrings.text(r, 40));
    }
    CommandSpec spec = specs.get(r.nextInt(specs.size()));
    List<String> parts = new ArrayList<>();
    List<OptionSpec> options = new ArrayList<>(spec.options());
    Collections.shuffle(options, r);
    for (OptionSpec o : options) {
      if (!(o.required() ? r.nextInt(10) < 9 : r.nextInt(10) < 4)) {
        continue;
      }
      String value = value(o);
      int style = r.nextInt(10);
      String name = r.nextInt(15) == 0 ? o.name().toUpperCase(java.util.Locale.ROOT) : o.name();
      if (style < 6) {
        parts.add(name + ":" + quoted(value));
      } else if (style < 8) {
        parts.add(quoted(value)); // positional
      } else if (style < 9) {
        parts.add(name + ":" + value); // unquoted, spaces and all
      } else {
        parts.add(name + ":" + quoted(value) + " " + name + ":" + quoted(value(o))); // repeated
      }
    }
    if (r.nextInt(12) == 0) {
      parts.add(FuzzStrings.text(r, 12).replace(':', '_') + ":" + quoted(FuzzStrings.text(r, 20)));
    }
    if (r.nextInt(12) == 0) {
      parts.add("x".repeat(33) + ":y"); // an option name over 32 characters
    }
    Collections.shuffle(parts, r);
    String line = "/" + spec.name() + (parts.isEmpty() ? "" : " " + String.join(" ", parts));
    return damage(line);
  }

  private String quoted(String value) {
    return switch (r.nextInt(8)) {
      case 0 -> "\"" + value; // unbalanced
      case 1 -> value + "\"";
      case 2 -> "\"" + value.replace("\"", "\\\"") + "\\\""; // escaped quote at the end, unclosed
      default -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    };
  }

  private String value(OptionSpec o) {
    if (r.nextInt(8) == 0) {
      return FuzzStrings.text(r, 60);
    }
    if (r.nextInt(25) == 0) {
      return FuzzStrings.huge(r, 2_000 + r.nextInt(14_000));
    }
    return switch (o.type()) {
      case TEXT ->
          r.nextInt(4) == 0 ? FuzzStrings.text(r, 400) : "drill " + FuzzStrings.text(r, 30);
      case INCIDENT -> incident();
      case SEVERITY ->
          pick("SEV1", "SEV2", "SEV3", "SEV4", "sev2", "SEV0", "SEV5", "SEV\u00b2", "SEV-1", "");
      case PERSON ->
          r.nextInt(4) == 0
              ? pick("nobody", "w\u0435i", "WEI", "@wei", "")
              : people.get(r.nextInt(people.size()));
      case ROLE -> pick("commander", "comms", "scribe", "Commander", "king", "");
      case SERVICES ->
          pick(
              DrillConfig.SERVICE,
              DrillConfig.SERVICE + "," + DrillConfig.SERVICE,
              "nope",
              ",,,",
              DrillConfig.SERVICE + ",x");
      case SITE -> pick("shanghai", "warsaw", "SHANGHAI", "\u4e0a\u6d77");
      case BOOLEAN -> pick("true", "false", "TRUE", "yes", "1", "");
    };
  }

  private String incident() {
    return switch (r.nextInt(10)) {
      case 0 -> "INC-" + (r.nextBoolean() ? "0" : "-1");
      case 1 -> "INC-99999999999999999999999";
      case 2 -> "INC-" + Long.MAX_VALUE;
      case 3 -> "inc-" + (1 + r.nextInt(highestIncident));
      case 4 -> "INC-\u0663";
      case 5 -> "INC-";
      default -> "INC-" + (1 + r.nextInt(highestIncident));
    };
  }

  private String pick(String... choices) {
    return choices[r.nextInt(choices.length)];
  }

  /** Now and then: no slash, a NUL or stray backslash inside, cut short, or over the limit. */
  private String damage(String line) {
    return switch (r.nextInt(30)) {
      case 0 -> line.substring(1);
      case 1 -> line.substring(0, r.nextInt(line.length() + 1));
      case 2 -> line + " \\";
      case 3 -> line.replace(' ', '\u0000');
      case 4 -> line + " text:\"" + "y".repeat(8_100) + "\"";
      case 5 -> line.replace(":", "\uff1a");
      default -> line;
    };
  }
}
