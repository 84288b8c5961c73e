package dev.beacon.bot.wiring;

import dev.beacon.config.BeaconConfig;
import dev.beacon.config.SeverityConfig;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import dev.beacon.core.catalog.Sla;
import dev.beacon.core.catalog.Team;
import dev.beacon.core.incident.Severity;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/** Hands the use cases their part of the configuration: the organisation as a {@link Catalog}. */
public final class CatalogFactory {

  private CatalogFactory() {}

  /** The catalogue described by {@code config}. */
  public static Catalog from(BeaconConfig config) {
    Map<Severity, Sla> slas = new EnumMap<>(Severity.class);
    for (SeverityConfig s : config.severities().values()) {
      slas.put(s.severity(), new Sla(s.ackWithin(), s.updateEvery(), s.resolveTarget()));
    }
    return new Catalog(
        config.sites().stream().map(s -> new Site(s.id(), s.name(), s.zone())).toList(),
        config.teams().stream().map(t -> new Team(t.id(), t.name())).toList(),
        config.people().stream()
            .map(p -> new Person(p.id(), p.name(), p.site(), p.team()))
            .toList(),
        config.services().stream()
            .map(
                s ->
                    new ServiceInfo(
                        s.id(),
                        s.name(),
                        s.owner(),
                        s.tier(),
                        s.runbook().map(URI::toString).orElse("")))
            .toList(),
        slas);
  }
}
