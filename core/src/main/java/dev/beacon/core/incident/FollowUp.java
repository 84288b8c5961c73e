package dev.beacon.core.incident;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One follow-up action from a post-incident review: what will be done, by whom, by when.
 *
 * @param action what will be done; never blank
 * @param owner the person who does it, if named
 * @param due the date it is due, if set
 */
public record FollowUp(String action, Optional<String> owner, Optional<LocalDate> due) {

  /** Requires an action; normalises absent parts. */
  public FollowUp {
    if (action == null || action.isBlank()) {
      throw new IncidentException(
          IncidentException.Kind.INVALID, "A follow-up action needs a sentence saying what to do.");
    }
    action = action.strip();
    owner = owner == null ? Optional.empty() : owner.map(String::strip).filter(o -> !o.isEmpty());
    due = Objects.requireNonNullElse(due, Optional.empty());
  }

  /** An action with no owner or date yet. */
  public static FollowUp of(String action) {
    return new FollowUp(action, Optional.empty(), Optional.empty());
  }

  /** {@code Rotate the certificates (owner alice, due 2026-12-01)}. */
  public String describe() {
    StringBuilder s = new StringBuilder(action);
    if (owner.isPresent() || due.isPresent()) {
      s.append(" (");
      owner.ifPresent(o -> s.append("owner ").append(o));
      if (owner.isPresent() && due.isPresent()) {
        s.append(", ");
      }
      due.ifPresent(d -> s.append("due ").append(d));
      s.append(')');
    }
    return s.toString();
  }
}
