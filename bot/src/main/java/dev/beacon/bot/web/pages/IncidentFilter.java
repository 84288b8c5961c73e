package dev.beacon.bot.web.pages;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incident list's filters, from the query string: {@code status}, {@code severity}, {@code
 * service}, {@code site}, {@code from} and {@code to} (dates in UTC, both inclusive) and {@code q}
 * (words in the title or description). Absent ones do not filter.
 */
record IncidentFilter(
    Optional<String> status,
    Optional<Severity> severity,
    Optional<String> service,
    Optional<String> site,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text) {

  /** The parameter names the list accepts. */
  static final List<String> NAMES =
      List.of("status", "severity", "service", "site", "from", "to", "q");

  /** Longest search text accepted. */
  static final int MAX_TEXT = 200;

  /** No filtering. */
  static IncidentFilter none() {
    return new IncidentFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Reads and checks the filters against {@code catalog}.
   *
   * @throws BadParameter naming the parameter and what it accepts
   */
  static IncidentFilter parse(QueryParameters query, Catalog catalog) {
    for (String name : query.names()) {
      if (!NAMES.contains(name)) {
        throw new BadParameter(
            name, "'" + name + "' is not a filter; use " + String.join(", ", NAMES) + ".");
      }
    }
    Optional<String> status = query.get("status").map(IncidentFilter::status);
    Optional<Severity> severity =
        query
            .get("severity")
            .map(
                s -> {
                  try {
                    return Severity.parse(s);
                  } catch (IllegalArgumentException e) {
                    throw new BadParameter(
                        "severity",
                        "severity '" + s + "' is unknown; use one of " + Severity.names() + ".");
                  }
                });
    Set<String> services =
        catalog.services().stream().map(ServiceInfo::id).collect(Collectors.toSet());
    Optional<String> service =
        query.get("service").map(s -> known("service", s, services, "service ids"));
    Set<String> sites = catalog.sites().stream().map(Site::id).collect(Collectors.toSet());
    Optional<String> site = query.get("site").map(s -> known("site", s, sites, "site ids"));
    Optional<LocalDate> from = query.get("from").map(d -> date("from", d));
    Optional<LocalDate> to = query.get("to").map(d -> date("to", d));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new BadParameter(
          "to", "'to' (" + to.get() + ") is before 'from' (" + from.get() + ").");
    }
    Optional<String> text = query.get("q");
    if (text.isPresent() && text.get().length() > MAX_TEXT) {
      throw new BadParameter("q", "'q' is longer than " + MAX_TEXT + " characters.");
    }
    return new IncidentFilter(status, severity, service, site, from, to, text);
  }

  /** Whether {@code incident} passes every filter given. */
  boolean matches(Incident incident) {
    return status.map(s -> statusMatches(s, incident.status())).orElse(true)
        && severity.map(s -> s == incident.severity()).orElse(true)
        && service.map(s -> incident.services().contains(s)).orElse(true)
        && site.map(s -> s.equals(incident.site())).orElse(true)
        && from.map(d -> !incident.createdAt().isBefore(startOf(d))).orElse(true)
        && to.map(d -> incident.createdAt().isBefore(startOf(d.plusDays(1)))).orElse(true)
        && text.map(t -> mentions(incident, t)).orElse(true);
  }

  /** The statuses accepted: each status's label, and {@code open} for those still being worked. */
  static List<String> statuses() {
    List<String> all =
        new java.util.ArrayList<>(Arrays.stream(Status.values()).map(Status::label).toList());
    all.add("open");
    return all;
  }

  private static String status(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (!statuses().contains(v)) {
      throw new BadParameter(
          "status",
          "status '" + value + "' is unknown; use one of " + String.join(", ", statuses()) + ".");
    }
    return v;
  }

  private static boolean statusMatches(String wanted, Status actual) {
    return wanted.equals("open") ? actual.isOpen() : wanted.equals(actual.label());
  }

  private static String known(String name, String value, Set<String> ids, String what) {
    if (!ids.contains(value)) {
      throw new BadParameter(
          name,
          name
              + " '"
              + value
              + "' is unknown; use one of the "
              + what
              + ": "
              + ids.stream().sorted().collect(Collectors.joining(", "))
              + ".");
    }
    return value;
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadParameter(
          name, "'" + name + "' must be a date written YYYY-MM-DD (UTC), not '" + value + "'.");
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static boolean mentions(Incident incident, String text) {
    String haystack = (incident.title() + "\n" + incident.description()).toLowerCase(Locale.ROOT);
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
  }
}
