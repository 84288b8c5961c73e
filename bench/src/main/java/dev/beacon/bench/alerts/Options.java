package dev.beacon.bench.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A harness's command line: {@code --quick} and {@code --name value} pairs, nothing else. */
final class Options {

  private final boolean quick;
  private final Map<String, String> values = new HashMap<>();

  private Options(String[] args) {
    boolean q = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--quick")) {
        q = true;
      } else if (a.startsWith("--") && i + 1 < args.length) {
        values.put(a.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    this.quick = q;
  }

  /** Reads {@code args}. */
  static Options of(String[] args) {
    return new Options(args);
  }

  /** Whether {@code --quick} was given. */
  boolean quick() {
    return quick;
  }

  /** {@code --name N}, else {@code full}, or {@code quick} with {@code --quick}. */
  int integer(String name, int full, int quickValue) {
    String v = values.get(name);
    return v != null ? Integer.parseInt(v) : quick ? quickValue : full;
  }

  /** {@code --name a,b,c} as whole numbers, else the defaults for this mode. */
  List<Integer> integers(String name, List<Integer> full, List<Integer> quickValue) {
    String v = values.get(name);
    if (v == null) {
      return quick ? quickValue : full;
    }
    List<Integer> out = new ArrayList<>();
    for (String part : v.split(",")) {
      out.add(Integer.parseInt(part.strip()));
    }
    return out;
  }

  /** The arguments as typed, for the report's command line. */
  static String typed(String[] args) {
    return args.length == 0 ? "" : " " + String.join(" ", args);
  }
}
