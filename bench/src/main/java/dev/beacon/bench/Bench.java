package dev.beacon.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bench/run <Name> [args]}: runs the harness class called {@code Name} (any class under
 * {@code dev.beacon.bench} whose name ends in {@code Bench} or {@code Drill} and has a {@code
 * main}); {@code bench/run list} lists them.
 */
public final class Bench {

  private Bench() {}

  /** Runs the named harness with the remaining arguments. */
  public static void main(String[] args) throws Exception {
    List<String> harnesses = harnesses();
    if (args.length == 0 || args[0].equals("list")) {
      System.out.println("Harnesses (bench/run <Name>):");
      harnesses.forEach(h -> System.out.println("  " + h.substring(h.lastIndexOf('.') + 1)));
      return;
    }
    String wanted = args[0];
    String found =
        harnesses.stream()
            .filter(h -> h.endsWith("." + wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no harness called " + wanted + "; bench/run list shows them"));
    Method main = Class.forName(found).getMethod("main", String[].class);
    String[] rest = new String[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    main.invoke(null, (Object) rest);
  }

  /** Every harness class's name, sorted. */
  static List<String> harnesses() throws IOException, URISyntaxException {
    Path root = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(p -> root.relativize(p).toString())
          .filter(p -> p.endsWith("Bench.class") || p.endsWith("Drill.class"))
          .filter(p -> !p.contains("$"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .filter(Bench::hasMain)
          .sorted()
          .toList();
    }
  }

  private static boolean hasMain(String className) {
    try {
      Method m = Class.forName(className).getMethod("main", String[].class);
      return Modifier.isStatic(m.getModifiers()) && !className.equals(Bench.class.getName());
    } catch (ReflectiveOperationException | LinkageError e) {
      return false;
    }
  }
}
