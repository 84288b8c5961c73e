package dev.beacon.core.routing;

import static dev.beacon.core.routing.FollowTheSun.WARSAW_ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A rotation's turns")
class RotationTest {

  private final Rotation weekly = FollowTheSun.weekly(WARSAW_ZONE, "alice", "jan", "marta");

  @Test
  @DisplayName("weekly turns hand off on Monday 09:00 local, in member order, round and round")
  void weeklyTurnsGoRound() {
    assertThat(weekly.shiftAt(Instant.parse("2027-01-04T07:59:00Z"))).isEmpty();
    assertThat(weekly.shiftAt(Instant.parse("2027-01-04T08:00:00Z")).orElseThrow().person())
        .isEqualTo("alice");
    assertThat(weekly.shiftAt(Instant.parse("2027-01-11T08:00:00Z")).orElseThrow().person())
        .isEqualTo("jan");
    assertThat(weekly.shiftAt(Instant.parse("2027-01-25T08:00:00Z")).orElseThrow().person())
        .isEqualTo("alice");
    assertThat(weekly.describe()).isEqualTo("weekly, handoff Mon 09:00");
  }

  @Test
  @DisplayName(
      "the handoff stays at 09:00 Warsaw time across the spring change: 08:00 then 07:00 UTC")
  void handoffFollowsLocalTimeAcrossDst() {
    Shift shift = weekly.shiftAt(Instant.parse("2027-03-25T12:00:00Z")).orElseThrow();

    assertThat(shift.since()).isEqualTo(Instant.parse("2027-03-22T08:00:00Z"));
    assertThat(shift.until()).isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
  }

  @Test
  @DisplayName(
      "a daily 02:30 handoff on the spring-forward day happens at 03:30, the first time that exists")
  void handoffInTheSpringGapMovesForward() {
    Rotation daily =
        new Rotation(
            "nights",
            1,
            LocalTime.parse("02:30"),
            LocalDate.parse("2027-03-01"),
            WARSAW_ZONE,
            List.of("alice", "jan"));

    Shift shift = daily.shiftAt(Instant.parse("2027-03-28T00:00:00Z")).orElseThrow();

    assertThat(shift.until()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
  }

  @Test
  @DisplayName("a three-day rotation hands off every third day")
  void customLength() {
    Rotation threeDays =
        new Rotation(
            "primary",
            3,
            LocalTime.parse("09:00"),
            LocalDate.parse("2027-01-01"),
            WARSAW_ZONE,
            List.of("alice", "jan"));

    assertThat(threeDays.shiftAt(Instant.parse("2027-01-03T12:00:00Z")).orElseThrow().person())
        .isEqualTo("alice");
    assertThat(threeDays.shiftAt(Instant.parse("2027-01-04T12:00:00Z")).orElseThrow().person())
        .isEqualTo("jan");
    assertThat(threeDays.describe()).isEqualTo("every 3 days, handoff 09:00");
  }
}
