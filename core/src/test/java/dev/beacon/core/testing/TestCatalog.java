package dev.beacon.core.testing;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.catalog.Sla;
import dev.beacon.core.catalog.Team;
import dev.beacon.core.incident.Severity;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A small catalogue of three sites, two teams, four people and three services, for tests. */
public final class TestCatalog {

  private TestCatalog() {}

  /** The catalogue. */
  public static Catalog create() {
    return new Catalog(
        List.of(
            new Site("shanghai", "Shanghai", ZoneId.of("Asia/Shanghai")),
            new Site("warsaw", "Warsaw", ZoneId.of("Europe/Warsaw")),
            new Site("pune", "Pune", ZoneId.of("Asia/Kolkata"))),
        List.of(new Team("payments", "Payments"), new Team("custody", "Custody")),
        List.of(
            new Person("alice", "Alice Nowak", "warsaw", "payments"),
            new Person("wei", "Wei Zhang", "shanghai", "payments"),
            new Person("priya", "Priya Shah", "pune", "custody"),
            new Person("jan", "Jan Kowalski", "warsaw", "custody")),
        List.of(
            new ServiceInfo(
                "payments-api",
                "Payments API",
                "payments",
                1,
                "https://wiki.example.com/runbooks/payments-api"),
            new ServiceInfo("custody-settlement", "Custody settlement", "custody", 1, ""),
            new ServiceInfo(
                "nav-calculation",
                "NAV calculation",
                "custody",
                2,
                "https://wiki.example.com/runbooks/nav")),
        Map.of(
            Severity.SEV1,
            new Sla(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(4)),
            Severity.SEV2,
            new Sla(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(8))));
  }
}
