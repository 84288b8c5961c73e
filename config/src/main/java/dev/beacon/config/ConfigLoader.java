package dev.beacon.config;

import dev.beacon.config.yaml.YamlNode;
import dev.beacon.config.yaml.YamlSyntaxException;
import dev.beacon.config.yaml.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads Beacon's YAML configuration and validates all of it, so that one run reports every problem
 * as {@code file:line path: message}.
 */
public final class ConfigLoader {

  /** The source name of the built-in example. */
  public static final String EXAMPLE_NAME = "example-beacon.yaml";

  private ConfigLoader() {}

  /**
   * Loads a file; problems name it as given.
   *
   * @throws ConfigException listing every problem, including a missing or unreadable file
   */
  public static BeaconConfig load(Path file) throws ConfigException {
    String name = file.toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(name, reader);
    } catch (NoSuchFileException e) {
      throw single(name, "no such file");
    } catch (IOException e) {
      throw single(name, "cannot be read: " + e.getMessage());
    }
  }

  /** Loads YAML text; {@code sourceName} is what problems call the file. */
  public static BeaconConfig load(String sourceName, String yaml) throws ConfigException {
    return load(sourceName, new StringReader(yaml));
  }

  /** Loads YAML from a reader (not closed); {@code sourceName} is what problems call the file. */
  public static BeaconConfig load(String sourceName, Reader yaml) throws ConfigException {
    Optional<YamlNode> root;
    try {
      root = new YamlTreeReader().read(yaml);
    } catch (YamlSyntaxException e) {
      throw new ConfigException(
          List.of(new ConfigProblem(sourceName, e.line(), "", e.getMessage())));
    } catch (IOException e) {
      throw single(sourceName, "cannot be read: " + e.getMessage());
    }
    if (root.isEmpty()) {
      throw single(
          sourceName, "the file is empty; start from " + EXAMPLE_NAME + " (see config/CONFIG.md)");
    }
    Problems problems = new Problems(sourceName);
    Optional<BeaconConfig> config = new BeaconConfigBinder(problems).bind(root.get());
    if (config.isEmpty()) {
      throw new ConfigException(problems.sorted());
    }
    return config.get();
  }

  /** Loads the built-in example, a fund-administration team across Shanghai, Pune and Warsaw. */
  public static BeaconConfig loadExample() {
    try {
      return load(EXAMPLE_NAME, exampleText());
    } catch (ConfigException e) {
      throw new IllegalStateException("the built-in example is invalid: " + e.getMessage(), e);
    }
  }

  /** The built-in example's text, to write out as a starting point. */
  public static String exampleText() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(EXAMPLE_NAME)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLE_NAME + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ConfigException single(String file, String message) {
    return new ConfigException(List.of(new ConfigProblem(file, 1, "", message)));
  }
}
