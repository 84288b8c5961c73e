package dev.beacon.bot.cli;

import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.core.review.MarkdownExport;
import dev.beacon.integrations.export.JsonExport;
import java.io.PrintWriter;
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
    return StoredIncident.read(
        locations,
        incident,
        spec.commandLine().getErr(),
        stored -> {
          out.print(
              format == Format.json
                  ? JsonExport.render(stored.incident(), stored.timeline()) + "\n"
                  : new MarkdownExport(CatalogFactory.from(stored.config()))
                      .render(stored.incident(), stored.timeline()));
          out.flush();
          return 0;
        });
  }
}
