package dev.beacon.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** Binds one entry of {@code sites:}. */
final class SiteBinder {

  static final String[] KEYS = {"id", "name", "zone", "coverage", "workingDays", "holidays"};

  private final References refs;

  SiteBinder(References refs) {
    this.refs = refs;
  }

  SiteConfig bind(Fields f) {
    String id = f.required("id", ScalarParsers::slug);
    if (id != null) {
      refs.define(References.SITE, id, f.line("id"), f.path("id"));
    }
    String name = f.optional("name", ScalarParsers::text).orElse(id);
    var zone = f.required("zone", ScalarParsers::zone);
    LocalTime[] coverage = f.required("coverage", ScalarParsers::coverage);
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    f.scalars("workingDays", false, ScalarParsers::day).forEach(d -> days.add(d.value()));
    if (f.node("workingDays").isEmpty()) {
      days.addAll(EnumSet.allOf(DayOfWeek.class));
    }
    var holidays = f.scalars("holidays", false, ScalarParsers::date).stream().map(Located::value);
    if (id == null || zone == null || coverage == null) {
      return null;
    }
    return new SiteConfig(id, name, zone, coverage[0], coverage[1], days, holidays.toList());
  }
}
