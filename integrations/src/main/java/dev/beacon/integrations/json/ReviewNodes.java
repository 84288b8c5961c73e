package dev.beacon.integrations.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.beacon.core.incident.Review;
import java.util.List;

/** The mapping of a post-incident {@link Review}, shared by incidents and closed events. */
final class ReviewNodes {

  private ReviewNodes() {}

  static ObjectNode write(Review review) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("impact", review.impact());
    n.put("rootCause", review.rootCause());
    n.set("followUps", textArray(review.followUps()));
    return n;
  }

  static Review read(NodeReader r) {
    return new Review(r.text("impact"), r.text("rootCause"), r.textList("followUps"));
  }

  static ArrayNode textArray(List<String> values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    values.forEach(a::add);
    return a;
  }
}
