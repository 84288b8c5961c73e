package dev.beacon.bot.cli;

import dev.beacon.bot.wiring.CatalogFactory;
import dev.beacon.config.MediaWikiConfig;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.review.MarkdownExport;
import dev.beacon.integrations.mediawiki.MediaWikiPublisher;
import dev.beacon.integrations.mediawiki.WikiText;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code beacon publish INC-n}: publishes the incident's record and review to the team's MediaWiki
 * ({@code integrations.mediawiki}) as the page {@code <pagePrefix>INC-n}, replacing an earlier
 * version. Reads the store read-only, so it works while Beacon runs.
 */
@Command(name = "publish", description = "Publish an incident's review to the MediaWiki.")
public final class PublishCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Locations locations;

  @Parameters(paramLabel = "INC-n", description = "The incident, e.g. INC-42")
  String incident;

  /** Where secrets come from (tests give their own). */
  Map<String, String> env = System.getenv();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return StoredIncident.read(locations, incident, err, stored -> publish(stored, out, err));
  }

  private int publish(StoredIncident stored, PrintWriter out, PrintWriter err) {
    Optional<MediaWikiConfig> wiki = stored.config().integrations().mediaWiki();
    if (wiki.isEmpty()) {
      err.println(
          "No wiki is configured: add integrations.mediawiki (apiUrl, userEnv, passwordEnv) to the"
              + " configuration (see config/CONFIG.md).");
      return 2;
    }
    String user = env.get(wiki.get().user().envName());
    String password = env.get(wiki.get().password().envName());
    if (user == null || password == null) {
      err.println(
          "Set "
              + wiki.get().user().envName()
              + " and "
              + wiki.get().password().envName()
              + " to the wiki's bot user and password (Special:BotPasswords).");
      return 2;
    }
    IncidentId id = stored.incident().id();
    String markdown =
        new MarkdownExport(CatalogFactory.from(stored.config()))
            .render(stored.incident(), stored.timeline());
    String page = wiki.get().pagePrefix() + id;
    try {
      long revision =
          new MediaWikiPublisher(wiki.get().apiUrl(), user, password)
              .publish(page, WikiText.fromMarkdown(markdown), "Beacon: record and review of " + id);
      out.println("Published " + id + " to " + page + " (revision " + revision + ").");
      return 0;
    } catch (IOException e) {
      err.println("Not published: " + e.getMessage());
      return 1;
    }
  }
}
