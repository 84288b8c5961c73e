package dev.beacon.commands.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.commands.CommandDispatcher;
import dev.beacon.commands.Commands;
import dev.beacon.commands.Field;
import dev.beacon.commands.Reply;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentService;
import dev.beacon.core.routing.OwnerResolver;
import dev.beacon.core.routing.Rota;
import dev.beacon.core.routing.Rotation;
import dev.beacon.core.routing.RoutingPlan;
import dev.beacon.core.routing.RoutingSite;
import dev.beacon.core.routing.SiteCoverage;
import dev.beacon.core.routing.TeamRouting;
import dev.beacon.core.testing.InMemoryIncidentStore;
import dev.beacon.core.testing.MutableClock;
import dev.beacon.core.testing.TestCatalog;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("/oncall, typed as text")
class OncallCommandTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  private final MutableClock clock = MutableClock.at("2026-11-24T03:00:00Z");
  private final IncidentService incidents =
      new IncidentService(new InMemoryIncidentStore(), TestCatalog.create(), clock);
  private final OwnerResolver resolver = new OwnerResolver(TestCatalog.create(), plan());
  private final CommandDispatcher dispatcher = Commands.dispatcher(incidents, resolver, clock);

  private static RoutingPlan plan() {
    return new RoutingPlan(
        List.of(
            new RoutingSite(
                "shanghai",
                "Shanghai",
                SiteCoverage.daily(SHANGHAI, LocalTime.of(8, 0), LocalTime.of(16, 0))),
            new RoutingSite(
                "warsaw",
                "Warsaw",
                SiteCoverage.daily(WARSAW, LocalTime.of(17, 0), LocalTime.of(1, 0)))),
        List.of(
            new TeamRouting(
                "payments",
                List.of("shanghai", "warsaw"),
                Optional.empty(),
                Map.of(
                    "shanghai", rota(SHANGHAI, "wei"),
                    "warsaw", rota(WARSAW, "alice")))));
  }

  private static Rota rota(ZoneId zone, String... members) {
    return new Rota(
        List.of(
            new Rotation(
                "primary",
                7,
                LocalTime.of(9, 0),
                LocalDate.parse("2026-11-02"),
                zone,
                List.of(members))),
        List.of());
  }

  private Reply type(String line) {
    return dispatcher.dispatchLine(Actor.person("alice"), "console", line);
  }

  @Test
  @DisplayName("without a service it lists every site of every team, marking the one paged")
  void listsTheBoard() {
    Reply reply = type("/oncall");

    assertThat(reply.error()).isFalse();
    assertThat(reply.title()).isEqualTo("On call at 2026-11-24 03:00 UTC");
    assertThat(reply.text())
        .contains("Team payments:")
        .contains("* Shanghai (paged): wei. Shanghai covers 08:00-16:00 Asia/Shanghai")
        .contains("* Warsaw (off): alice. Warsaw is off (covers 17:00-01:00 Europe/Warsaw)");
  }

  @Test
  @DisplayName(
      "with a service it names the site and person paged, and why; the answer moves with the clock")
  void namesWhoWouldBePaged() {
    Reply morning = type("/oncall payments-api");
    clock.advance(Duration.ofHours(15));
    Reply evening = type("/oncall service:payments-api");

    assertThat(morning.fields())
        .contains(
            new Field("Team", "payments"),
            new Field("Site", "shanghai"),
            new Field("Primary", "wei"));
    assertThat(morning.fields())
        .filteredOn(f -> f.name().equals("Why"))
        .singleElement()
        .extracting(Field::value)
        .asString()
        .startsWith("Shanghai covers 08:00-16:00 Asia/Shanghai; rotation primary (weekly");
    assertThat(evening.fields())
        .contains(new Field("Site", "warsaw"), new Field("Primary", "alice"));
  }

  @Test
  @DisplayName("an unknown service, or a team with no rota, is refused with what is known")
  void refusesWhatItCannotRoute() {
    assertThat(type("/oncall payment-api").text())
        .contains("unknown service 'payment-api' (known: payments-api, custody-settlement");
    assertThat(type("/oncall custody-settlement").text())
        .contains("team 'custody' has no rota at any site");
  }

  @Test
  @DisplayName("help lists /oncall with its usage")
  void helpListsIt() {
    assertThat(dispatcher.specs()).anyMatch(s -> s.usage().equals("/oncall [service:<text>]"));
  }
}
