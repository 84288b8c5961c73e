package dev.beacon.config;

/** A parsed value with the line and path it came from, kept for checks that run after parsing. */
record Located<T>(T value, int line, String path) {}
