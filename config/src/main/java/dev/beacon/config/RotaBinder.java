package dev.beacon.config;

import dev.beacon.config.yaml.YamlEntry;
import dev.beacon.core.text.Suggestions;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Binds a team's {@code rotas:}, a mapping of site id to that site's rotations and overrides. */
final class RotaBinder {

  static final String[] KEYS = {"rotations", "overrides"};
  static final String[] ROTATION_KEYS = {"name", "length", "handoff", "start", "members"};
  static final String[] OVERRIDE_KEYS = {"person", "from", "to"};

  private static final Pattern LENGTH_DAYS = Pattern.compile("([1-9]\\d{0,2})d");
  private static final Pattern HANDOFF = Pattern.compile("(?:([A-Za-z]+)\\s+)?(\\d{1,2}:\\d{2})");
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("H:mm");

  /** A handoff as written: an optional day (weekly rotations) and a local time. */
  private record Handoff(Optional<DayOfWeek> day, LocalTime time) {}

  private final References refs;

  RotaBinder(References refs) {
    this.refs = refs;
  }

  /** The rotas by site; {@code sites} are the team's own, which the keys must name. */
  Map<String, RotaConfig> bind(Fields team, List<String> sites) {
    Map<String, RotaConfig> rotas = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlEntry entry : team.entriesOf("rotas")) {
      String site = entry.key();
      String path = team.path("rotas") + "." + site;
      if (firstLine.containsKey(site)) {
        team.problems()
            .add(
                entry.keyLine(),
                path,
                "duplicate key (first written at line " + firstLine.get(site) + ")");
        continue;
      }
      firstLine.put(site, entry.keyLine());
      if (!sites.isEmpty() && !sites.contains(site)) {
        String hint =
            Suggestions.closest(site, sites).map(s -> "did you mean '" + s + "'? ").orElse("");
        team.problems()
            .add(
                entry.keyLine(),
                path,
                "site '"
                    + site
                    + "' is not one of this team's sites ("
                    + hint
                    + "the team's sites: "
                    + String.join(", ", sites)
                    + ")");
      }
      Fields.of(entry.value(), path, team.problems(), KEYS)
          .map(this::rota)
          .ifPresent(r -> rotas.put(site, r));
    }
    return rotas;
  }

  private RotaConfig rota(Fields f) {
    List<RotationConfig> rotations = f.list("rotations", true, this::rotation, ROTATION_KEYS);
    List<OverrideConfig> overrides = f.list("overrides", false, this::override, OVERRIDE_KEYS);
    return new RotaConfig(rotations, overrides);
  }

  private RotationConfig rotation(Fields f) {
    String name = f.required("name", ScalarParsers::text);
    Integer length = f.required("length", RotaBinder::length);
    Handoff handoff = f.required("handoff", RotaBinder::handoff);
    LocalDate start = f.required("start", ScalarParsers::date);
    List<Located<String>> members = f.scalars("members", true, ScalarParsers::text);
    members.forEach(m -> refs.use(References.PERSON, m.value(), m.line(), m.path()));
    if (length != null && handoff != null && handoff.day().isPresent()) {
      if (length != 7) {
        f.problem(
            "handoff",
            "a handoff day is only for weekly rotations; write the time alone, e.g. \""
                + handoff.time()
                + "\"");
      } else if (start != null && start.getDayOfWeek() != handoff.day().get()) {
        f.problem(
            "start",
            start
                + " is a "
                + name(start.getDayOfWeek())
                + ", but the rotation hands off on "
                + name(handoff.day().get())
                + "; start it on a "
                + name(handoff.day().get())
                + ", e.g. "
                + start.with(java.time.temporal.TemporalAdjusters.nextOrSame(handoff.day().get())));
      }
    }
    if (name == null || length == null || handoff == null || start == null || members.isEmpty()) {
      return null;
    }
    return new RotationConfig(
        name,
        length,
        handoff.time(),
        handoff.day(),
        start,
        members.stream().map(Located::value).toList());
  }

  private OverrideConfig override(Fields f) {
    String person = f.required("person", ScalarParsers::text);
    if (person != null) {
      refs.use(References.PERSON, person, f.line("person"), f.path("person"));
    }
    LocalDateTime from = f.required("from", ScalarParsers::dateTime);
    LocalDateTime to = f.required("to", ScalarParsers::dateTime);
    if (from != null && to != null && !to.isAfter(from)) {
      f.problem("to", "must be after from (" + from + ")");
    }
    if (person == null || from == null || to == null) {
      return null;
    }
    return new OverrideConfig(person, from, to);
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** {@code daily}, {@code weekly} or a whole number of days such as {@code 3d}. */
  static int length(String t) {
    String s = t.strip().toLowerCase(Locale.ROOT);
    if (s.equals("daily")) {
      return 1;
    }
    if (s.equals("weekly")) {
      return 7;
    }
    Matcher m = LENGTH_DAYS.matcher(s);
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    throw new IllegalArgumentException(
        "'" + t + "' is not a rotation length; write daily, weekly or whole days such as 3d");
  }

  private static Handoff handoff(String t) {
    Matcher m = HANDOFF.matcher(t.strip());
    if (m.matches()) {
      try {
        LocalTime time = LocalTime.parse(m.group(2), HOUR_MINUTE);
        Optional<DayOfWeek> day =
            m.group(1) == null ? Optional.empty() : Optional.of(ScalarParsers.day(m.group(1)));
        return new Handoff(day, time);
      } catch (DateTimeException | IllegalArgumentException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "'"
            + t
            + "' is not a handoff; write a local time like \"09:00\", or for weekly \"MON 09:00\"");
  }
}
