package dev.beacon.bot.cli;

import dev.beacon.bot.store.SqliteIncidentStore;
import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.BeaconConfig;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.review.MarkdownExport;
import dev.beacon.core.store.StoreException;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.integrations.export.JsonExport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code beacon export INC-n}: prints an incident and its whole timeline as Markdown or JSON. Opens
 * the store read-only, so it works while Beacon runs.
 */
@Command(name = "export", description = "Print an incident with its timeline (Markdown or JSON).")
public final class ExportCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    md,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Locations locations;

  @Parameters(paramLabel = "INC-n", description = "The incident, e.g. INC-42")
  String incident;

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "md or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IncidentId id;
    try {
      id = IncidentId.parse(incident);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    Optional<BeaconConfig> config = ConfigSource.load(locations.configFile(), err);
    if (config.isEmpty()) {
      return 1;
    }
    try (SqliteIncidentStore store = SqliteIncidentStore.openReadOnly(locations.dataDir())) {
      Optional<Incident> found = store.find(id);
      if (found.isEmpty()) {
        err.println(
            "There is no incident "
                + id
                + " in "
                + store.path()
                + ". Is --data the directory Beacon ran with?");
        return 1;
      }
      List<TimelineEvent> timeline = store.timeline(id);
      out.print(
          format == Format.json
              ? JsonExport.render(found.get(), timeline) + "\n"
              : new MarkdownExport(CatalogFactory.from(config.get()))
                  .render(found.get(), timeline));
      out.flush();
      return 0;
    } catch (StoreException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
