package dev.beacon.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beacon.core.incident.Actor;
import dev.beacon.core.incident.IncidentId;
import dev.beacon.core.incident.Role;
import dev.beacon.core.incident.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Participants")
class ParticipantsTest {

  private static final IncidentId INC = new IncidentId(7);
  private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");
  private static final Actor ALERTMANAGER = new Actor("system:alertmanager");

  private static Actor p(String id) {
    return Actor.person(id);
  }

  @Test
  void peopleWhoDeclaredAckedHeldRolesWerePagedJoinedOrWroteTakePartInFirstSeenOrder() {
    List<TimelineEvent> timeline =
        List.of(
            new Declared(
                INC, AT, p("alice"), "Ledger lag", Severity.SEV2, List.of(), "", false, false),
            new RoleAssigned(INC, AT, p("alice"), Role.COMMANDER, p("alice"), ""),
            new Paged(INC, AT, Actor.BEACON, "priya", 1, 0, "on call"),
            new Acknowledged(INC, AT, p("wei")),
            new RoleAssigned(INC, AT, p("wei"), Role.SCRIBE, p("jan"), ""),
            new Joined(INC, AT, p("li")),
            new NoteAdded(INC, AT, p("omar"), "db failover started"),
            new StatusPosted(INC, AT, p("eva"), "Rolling back", "", ""),
            new NoteAdded(INC, AT, p("wei"), "again"));

    assertThat(Participants.of(timeline))
        .containsExactly("alice", "priya", "wei", "jan", "li", "omar", "eva");
  }

  @Test
  void aFormerRoleHolderStillTakesPart() {
    List<TimelineEvent> timeline =
        List.of(new RoleAssigned(INC, AT, p("alice"), Role.SCRIBE, p("wei"), "jan"));

    assertThat(Participants.of(timeline)).containsExactly("wei", "jan");
  }

  @Test
  void beaconAndIntegrationsAreNotPeopleAndOtherActionsDoNotMakeAParticipant() {
    List<TimelineEvent> timeline =
        List.of(
            new Declared(
                INC, AT, ALERTMANAGER, "disk full", Severity.SEV3, List.of(), "", false, false),
            new Acknowledged(INC, AT, ALERTMANAGER),
            new SeverityChanged(INC, AT, p("zoe"), Severity.SEV3, Severity.SEV2, ""),
            new MessageCaptured(INC, AT, p("max"), "max", "hi", List.of(), AT, "link"),
            new Resolved(INC, AT, Actor.BEACON, "alert cleared"));

    assertThat(Participants.of(timeline)).isEmpty();
  }
}
