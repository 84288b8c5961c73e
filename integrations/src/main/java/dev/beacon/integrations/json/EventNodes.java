package dev.beacon.integrations.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.timeline.Acknowledged;
import dev.beacon.core.timeline.AlertFired;
import dev.beacon.core.timeline.AlertResolved;
import dev.beacon.core.timeline.Closed;
import dev.beacon.core.timeline.Declared;
import dev.beacon.core.timeline.Escalated;
import dev.beacon.core.timeline.EscalationExhausted;
import dev.beacon.core.timeline.FollowUpDone;
import dev.beacon.core.timeline.HandedOver;
import dev.beacon.core.timeline.HyperCareEnded;
import dev.beacon.core.timeline.HyperCareStarted;
import dev.beacon.core.timeline.Joined;
import dev.beacon.core.timeline.MessageCaptured;
import dev.beacon.core.timeline.MessageEdited;
import dev.beacon.core.timeline.MessageReleased;
import dev.beacon.core.timeline.Mitigated;
import dev.beacon.core.timeline.NoteAdded;
import dev.beacon.core.timeline.PageAttempted;
import dev.beacon.core.timeline.PageUndeliverable;
import dev.beacon.core.timeline.Paged;
import dev.beacon.core.timeline.Rated;
import dev.beacon.core.timeline.Reopened;
import dev.beacon.core.timeline.Resolved;
import dev.beacon.core.timeline.RoleAssigned;
import dev.beacon.core.timeline.SeverityChanged;
import dev.beacon.core.timeline.StatusPosted;
import dev.beacon.core.timeline.TimelineEvent;
import dev.beacon.core.timeline.UpdateOverdue;
import java.time.Instant;
import java.util.List;

/**
 * The field-by-field mapping of every {@link TimelineEvent} kind. Common fields come first ({@code
 * incident}, {@code at}, {@code actor}, {@code kind}), then the kind's own, then {@code version}.
 */
final class EventNodes {

  /** The event format this code writes, and the newest it reads. */
  static final int VERSION = 1;

  /** Every kind this version knows, for messages. */
  static final List<String> KINDS =
      List.of(
          "declared",
          "acknowledged",
          "role-assigned",
          "severity-changed",
          "status-posted",
          "note-added",
          "mitigated",
          "resolved",
          "reopened",
          "closed",
          "paged",
          "escalated",
          "escalation-exhausted",
          "update-overdue",
          "hyper-care-started",
          "hyper-care-ended",
          "handed-over",
          "page-attempted",
          "page-undeliverable",
          "message-captured",
          "message-released",
          "message-edited",
          "joined",
          "alert-fired",
          "alert-resolved",
          "follow-up-done",
          "rated");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventNodes() {}

  static ObjectNode write(TimelineEvent event) {
    ObjectNode n = NODES.objectNode();
    n.put("incident", event.incident().toString());
    n.put("at", event.at().toString());
    n.put("actor", event.actor().id());
    n.put("kind", event.kind());
    if (event instanceof Declared e) {
      n.put("title", e.title());
      n.put("severity", e.severity().name());
      n.set("services", ReviewNodes.textArray(e.services()));
      n.put("site", e.site());
      n.put("private", e.privateIncident());
      n.put("drill", e.drill());
    } else if (event instanceof RoleAssigned e) {
      n.put("role", e.role().label());
      n.put("assignee", e.assignee().id());
      n.put("previous", e.previous());
    } else if (event instanceof SeverityChanged e) {
      n.put("from", e.from().name());
      n.put("to", e.to().name());
      n.put("reason", e.reason());
    } else if (event instanceof StatusPosted e) {
      n.put("status", e.status());
      n.put("impact", e.impact());
      n.put("nextSteps", e.nextSteps());
    } else if (event instanceof NoteAdded e) {
      n.put("text", e.text());
    } else if (event instanceof Mitigated e) {
      n.put("summary", e.summary());
    } else if (event instanceof Resolved e) {
      n.put("summary", e.summary());
    } else if (event instanceof Reopened e) {
      n.put("reason", e.reason());
    } else if (event instanceof Closed e) {
      n.set("review", ReviewNodes.write(e.review()));
    } else if (event instanceof Paged e) {
      n.put("person", e.person());
      n.put("level", e.level());
      n.put("round", e.round());
      n.put("reason", e.reason());
    } else if (event instanceof Escalated e) {
      n.put("fromLevel", e.fromLevel());
      n.put("toLevel", e.toLevel());
      n.put("round", e.round());
      n.put("reason", e.reason());
    } else if (event instanceof EscalationExhausted e) {
      n.put("rounds", e.rounds());
    } else if (event instanceof UpdateOverdue e) {
      n.put("dueAt", e.dueAt().toString());
    } else if (event instanceof HyperCareStarted e) {
      n.put("window", e.window());
      n.put("until", e.until().toString());
    } else if (event instanceof HyperCareEnded e) {
      n.put("window", e.window());
    } else if (event instanceof HandedOver e) {
      n.put("team", e.team());
      n.put("fromSite", e.fromSite());
      n.put("toSite", e.toSite());
      n.put("toPerson", e.toPerson());
    } else if (event instanceof PageAttempted e) {
      n.put("person", e.person());
      n.put("method", e.method());
      n.put("attempt", e.attempt());
      n.put("result", e.result());
      n.put("detail", e.detail());
    } else if (event instanceof PageUndeliverable e) {
      n.put("person", e.person());
      n.put("reason", e.reason());
    } else if (event instanceof MessageCaptured e) {
      n.put("author", e.author());
      n.put("content", e.content());
      n.set("attachments", ReviewNodes.textArray(e.attachments()));
      n.put("sentAt", e.sentAt().toString());
      n.put("link", e.link());
    } else if (event instanceof MessageReleased e) {
      n.put("link", e.link());
    } else if (event instanceof MessageEdited e) {
      n.put("content", e.content());
      n.put("editedAt", e.editedAt().toString());
      n.put("link", e.link());
    } else if (event instanceof AlertFired e) {
      n.put("fingerprint", e.fingerprint());
      n.put("name", e.name());
      n.put("summary", e.summary());
      n.put("startsAt", e.startsAt().toString());
      n.put("link", e.link());
    } else if (event instanceof Rated e) {
      n.put("score", e.score());
      n.put("comment", e.comment());
    } else if (event instanceof FollowUpDone e) {
      n.put("number", e.number());
      n.put("action", e.action());
    } else if (event instanceof AlertResolved e) {
      n.put("fingerprint", e.fingerprint());
      n.put("name", e.name());
      n.put("endsAt", e.endsAt().toString());
    } else if (!(event instanceof Acknowledged) && !(event instanceof Joined)) {
      throw new IllegalStateException("no JSON mapping for " + event.getClass().getName());
    }
    n.put("version", VERSION);
    return n;
  }

  static TimelineEvent read(NodeReader in) {
    in.checkVersion(VERSION);
    String kind = in.nonEmptyText("kind");
    if (!KINDS.contains(kind)) {
      throw new JsonFormatException(
          "Cannot read the timeline event: unknown kind '"
              + kind
              + "' (this Beacon knows "
              + String.join(", ", KINDS)
              + ").");
    }
    IncidentId incident = in.incidentId("incident");
    NodeReader r = in.as(kind + " event of " + incident);
    Instant at = r.instant("at");
    Actor actor = r.actor("actor");
    try {
      return readKind(kind, r, incident, at, actor);
    } catch (IncidentException | IllegalArgumentException e) {
      if (e instanceof JsonFormatException j) {
        throw j;
      }
      throw r.fail(e.getMessage());
    }
  }

  private static TimelineEvent readKind(
      String kind, NodeReader r, IncidentId incident, Instant at, Actor actor) {
    switch (kind) {
      case "declared":
        return new Declared(
            incident,
            at,
            actor,
            r.text("title"),
            r.enumValue("severity", Severity.class),
            r.textList("services"),
            r.text("site"),
            r.bool("private"),
            r.bool("drill"));
      case "acknowledged":
        return new Acknowledged(incident, at, actor);
      case "role-assigned":
        return new RoleAssigned(
            incident, at, actor, role(r), r.actor("assignee"), r.text("previous"));
      case "severity-changed":
        return new SeverityChanged(
            incident,
            at,
            actor,
            r.enumValue("from", Severity.class),
            r.enumValue("to", Severity.class),
            r.text("reason"));
      case "status-posted":
        return new StatusPosted(
            incident, at, actor, r.text("status"), r.text("impact"), r.text("nextSteps"));
      case "note-added":
        return new NoteAdded(incident, at, actor, r.text("text"));
      case "mitigated":
        return new Mitigated(incident, at, actor, r.text("summary"));
      case "resolved":
        return new Resolved(incident, at, actor, r.text("summary"));
      case "reopened":
        return new Reopened(incident, at, actor, r.text("reason"));
      case "closed":
        return new Closed(
            incident, at, actor, ReviewNodes.read(r.object("review", "review of " + incident)));
      case "paged":
        return new Paged(
            incident,
            at,
            actor,
            r.nonEmptyText("person"),
            r.integer("level"),
            r.integer("round"),
            r.text("reason"));
      case "escalated":
        return new Escalated(
            incident,
            at,
            actor,
            r.integer("fromLevel"),
            r.integer("toLevel"),
            r.integer("round"),
            r.text("reason"));
      case "escalation-exhausted":
        return new EscalationExhausted(incident, at, actor, r.integer("rounds"));
      case "update-overdue":
        return new UpdateOverdue(incident, at, actor, r.instant("dueAt"));
      case "hyper-care-started":
        return new HyperCareStarted(
            incident, at, actor, r.nonEmptyText("window"), r.instant("until"));
      case "hyper-care-ended":
        return new HyperCareEnded(incident, at, actor, r.nonEmptyText("window"));
      case "handed-over":
        return new HandedOver(
            incident,
            at,
            actor,
            r.nonEmptyText("team"),
            r.nonEmptyText("fromSite"),
            r.nonEmptyText("toSite"),
            r.nonEmptyText("toPerson"));
      case "page-attempted":
        return new PageAttempted(
            incident,
            at,
            actor,
            r.text("person"),
            r.nonEmptyText("method"),
            r.integer("attempt"),
            r.nonEmptyText("result"),
            r.text("detail"));
      case "page-undeliverable":
        return new PageUndeliverable(incident, at, actor, r.text("person"), r.text("reason"));
      case "message-captured":
        return new MessageCaptured(
            incident,
            at,
            actor,
            r.text("author"),
            r.text("content"),
            r.textList("attachments"),
            r.instant("sentAt"),
            r.text("link"));
      case "message-released":
        return new MessageReleased(incident, at, actor, r.text("link"));
      case "joined":
        return new Joined(incident, at, actor);
      case "alert-fired":
        return new AlertFired(
            incident,
            at,
            actor,
            r.nonEmptyText("fingerprint"),
            r.text("name"),
            r.text("summary"),
            r.instant("startsAt"),
            r.text("link"));
      case "rated":
        return new Rated(incident, at, actor, r.integer("score"), r.text("comment"));
      case "follow-up-done":
        return new FollowUpDone(incident, at, actor, r.integer("number"), r.text("action"));
      case "alert-resolved":
        return new AlertResolved(
            incident,
            at,
            actor,
            r.nonEmptyText("fingerprint"),
            r.text("name"),
            r.instant("endsAt"));
      case "message-edited":
        return new MessageEdited(
            incident, at, actor, r.text("content"), r.instant("editedAt"), r.text("link"));
      default:
        throw new IllegalStateException("kind listed but not mapped: " + kind);
    }
  }

  private static Role role(NodeReader r) {
    String label = r.nonEmptyText("role");
    try {
      return Role.parse(label);
    } catch (IllegalArgumentException e) {
      throw r.fail("field 'role' has unknown value '" + label + "'");
    }
  }
}
