/**
 * A minimal YAML tree that remembers the line of every key and value, read with Jackson's streaming
 * YAML parser. It exists so that configuration binding can report every problem with its {@code
 * file:line}; it knows nothing about Beacon. Depends only on jackson-core and
 * jackson-dataformat-yaml.
 */
package dev.beacon.config.yaml;
