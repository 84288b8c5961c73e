package dev.beacon.integrations.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.FollowUp;
import dev.beacon.core.incident.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mapping of a post-incident {@link Review}, shared by incidents and closed events. */
final class ReviewNodes {

  private ReviewNodes() {}

  static ObjectNode write(Review review) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("impact", review.impact());
    n.put("rootCause", review.rootCause());
    n.put("contributingFactors", review.contributingFactors());
    ArrayNode followUps = n.putArray("followUps");
    for (FollowUp f : review.followUps()) {
      ObjectNode o = followUps.addObject().put("action", f.action());
      f.owner().ifPresent(owner -> o.put("owner", owner));
      f.due().ifPresent(due -> o.put("due", due.toString()));
    }
    return n;
  }

  /**
   * Reads a review; follow-ups written by earlier Beacons as plain strings read as actions with no
   * owner or date, and a missing {@code contributingFactors} as none.
   */
  static Review read(NodeReader r) {
    JsonNode followUps = r.node().path("followUps");
    List<FollowUp> read = new ArrayList<>();
    if (!followUps.isMissingNode() && !followUps.isArray()) {
      throw r.fail("followUps must be a list");
    }
    for (JsonNode f : followUps) {
      if (f.isTextual()) {
        read.add(FollowUp.of(f.asText()));
      } else if (f.isObject()) {
        NodeReader item = NodeReader.of(f, "a follow-up");
        read.add(
            new FollowUp(
                item.nonEmptyText("action"),
                Optional.ofNullable(f.get("owner")).map(JsonNode::asText),
                Optional.ofNullable(f.get("due")).map(d -> parseDate(r, d.asText()))));
      } else {
        throw r.fail("each follow-up must be text or an object with an action");
      }
    }
    String contributing = r.node().has("contributingFactors") ? r.text("contributingFactors") : "";
    return new Review(r.text("impact"), r.text("rootCause"), contributing, read);
  }

  private static LocalDate parseDate(NodeReader r, String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw r.fail("a follow-up's due date '" + text + "' is not a date like 2026-12-01");
    }
  }

  static ArrayNode textArray(List<String> values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    values.forEach(a::add);
    return a;
  }
}
