package dev.beacon.core.incident;

import static dev.beacon.core.incident.Refusals.invalid;

import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.catalog.ServiceInfo;
import dev.beacon.core.catalog.Site;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks what a person typed before a use case opens its transaction, so bad input is refused
 * before anything is written: free text by {@link TextRules} (at most {@link
 * IncidentService#MAX_TEXT} characters, {@link IncidentService#MAX_TITLE} for a title), and
 * references to the catalogue (people, services, sites). A refusal names what is accepted.
 */
final class InputChecks {

  private final Catalog catalog;

  InputChecks(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The title, stripped: present, one line, at most {@link IncidentService#MAX_TITLE}. */
  String title(String raw) {
    String title = TextRules.check(raw, "title", IncidentService.MAX_TITLE);
    if (title.isEmpty()) {
      throw invalid("An incident needs a title: one line saying what is wrong.");
    }
    if (title.contains("\n") || title.contains("\t")) {
      throw invalid("The title must be one line; put details in the description.");
    }
    return title;
  }

  /** Free text, stripped, possibly empty; {@code what} names it in a refusal. */
  String text(String raw, String what) {
    return TextRules.check(raw, what, IncidentService.MAX_TEXT);
  }

  /** A note's text, stripped; a note needs some. */
  String note(String raw) {
    String note = text(raw, "note");
    if (note.isEmpty()) {
      throw invalid("A note needs some text.");
    }
    return note;
  }

  /** Each part of a status update. */
  void update(StatusUpdate update) {
    text(update.status(), "status");
    text(update.impact(), "impact");
    text(update.nextSteps(), "next steps");
  }

  /** Each part of a closing review. */
  void review(Review review) {
    text(review.impact(), "impact");
    text(review.rootCause(), "root cause");
    text(review.contributingFactors(), "contributing factors");
    for (FollowUp followUp : review.followUps()) {
      text(followUp.action(), "follow-up action");
      followUp.owner().ifPresent(this::knownPerson);
    }
  }

  /**
   * The requested service ids, stripped, blanks and repeats dropped; every one in the catalogue.
   */
  List<String> knownServices(List<String> requested) {
    List<String> unknown = new ArrayList<>();
    LinkedHashSet<String> known = new LinkedHashSet<>();
    for (String s : requested) {
      String id = s.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (catalog.service(id).isPresent()) {
        known.add(id);
      } else {
        unknown.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      throw invalid(
          "Unknown service "
              + String.join(", ", unknown)
              + "; known services: "
              + catalog.services().stream().map(ServiceInfo::id).collect(Collectors.joining(", "))
              + ".");
    }
    return List.copyOf(known);
  }

  /** The id of the site called {@code requested} in the catalogue. */
  String knownSite(String requested) {
    return catalog
        .site(requested)
        .map(Site::id)
        .orElseThrow(
            () ->
                invalid(
                    "Unknown site "
                        + requested
                        + "; known sites: "
                        + catalog.sites().stream().map(Site::id).collect(Collectors.joining(", "))
                        + "."));
  }

  /** The configured person with this handle. */
  Person knownPerson(String handle) {
    return catalog
        .person(handle)
        .orElseThrow(
            () ->
                invalid(
                    "Nobody called '"
                        + handle
                        + "' is configured; people: "
                        + catalog.people().stream()
                            .map(Person::id)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}
