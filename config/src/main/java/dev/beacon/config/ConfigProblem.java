package dev.beacon.config;

/**
 * One thing wrong with a configuration file, where it is and what to do about it; renders as {@code
 * beacon.yaml:41 services[3].owner: team 'payments' is not defined (known: cash, custody)}.
 *
 * @param file the source name, e.g. {@code beacon.yaml}
 * @param line the 1-based line of the offending value (or of its key, or of the enclosing entry
 *     when the value is missing)
 * @param path the field path, e.g. {@code services[3].owner} (0-based indexes); empty for the file
 *     as a whole
 * @param message what is wrong, said so that a person can fix it
 */
public record ConfigProblem(String file, int line, String path, String message) {

  @Override
  public String toString() {
    return file + ":" + line + " " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
