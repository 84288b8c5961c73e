package dev.beacon.integrations.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.Incident;
import dev.beacon.core.incident.IncidentException;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import dev.beacon.core.incident.Status;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/** The field-by-field mapping of an {@link Incident}, as the store holds it and export shows it. */
final class IncidentNodes {

  /** The incident format this code writes, and the newest it reads. */
  static final int VERSION = 1;

  private IncidentNodes() {}

  static ObjectNode write(Incident incident) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", incident.id().toString());
    n.put("title", incident.title());
    n.put("description", incident.description());
    n.put("severity", incident.severity().name());
    n.put("status", incident.status().label());
    n.set("services", ReviewNodes.textArray(incident.services()));
    n.put("site", incident.site());
    ObjectNode roles = n.putObject("roles");
    incident.roles().forEach((role, holder) -> roles.put(role.label(), holder.id()));
    n.put("private", incident.privateIncident());
    n.put("drill", incident.drill());
    n.put("createdAt", incident.createdAt().toString());
    n.put("updatedAt", incident.updatedAt().toString());
    if (incident.review() == null) {
      n.putNull("review");
    } else {
      n.set("review", ReviewNodes.write(incident.review()));
    }
    n.put("version", VERSION);
    return n;
  }

  static Incident read(NodeReader in) {
    in.checkVersion(VERSION);
    IncidentId id = in.incidentId("id");
    NodeReader r = in.as("incident " + id);
    try {
      NodeReader review = r.optionalObject("review", "review of " + id);
      return new Incident(
          id,
          r.text("title"),
          r.text("description"),
          r.enumValue("severity", Severity.class),
          r.enumValue("status", Status.class),
          r.textList("services"),
          r.text("site"),
          roles(r.object("roles", "roles of " + id)),
          r.bool("private"),
          r.bool("drill"),
          r.instant("createdAt"),
          r.instant("updatedAt"),
          review == null ? null : ReviewNodes.read(review));
    } catch (IncidentException | IllegalArgumentException e) {
      if (e instanceof JsonFormatException j) {
        throw j;
      }
      throw r.fail(e.getMessage());
    }
  }

  private static Map<Role, Actor> roles(NodeReader r) {
    Map<Role, Actor> roles = new EnumMap<>(Role.class);
    Iterator<Map.Entry<String, JsonNode>> fields = r.node().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      Role role;
      try {
        role = Role.parse(f.getKey());
      } catch (IllegalArgumentException e) {
        throw r.fail("unknown role '" + f.getKey() + "' (known: " + Role.labels() + ")");
      }
      roles.put(role, r.actor(f.getKey()));
    }
    return roles;
  }
}
