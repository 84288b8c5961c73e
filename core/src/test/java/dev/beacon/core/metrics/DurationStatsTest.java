package dev.beacon.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

  private static DurationStats minutes(int... values) {
    return DurationStats.of(IntStream.of(values).mapToObj(Duration::ofMinutes).toList());
  }

  @Test
  void nearestRankMedianOfAnEvenCountIsTheLowerMiddleSampleNotAnAverage() {
    // ranks: median ceil(0.5 * 10) = 5, p90 ceil(0.9 * 10) = 9
    DurationStats stats = minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    assertThat(stats.median()).contains(Duration.ofMinutes(5));
    assertThat(stats.p90()).contains(Duration.ofMinutes(9));
    assertThat(stats.percentile(100)).contains(Duration.ofMinutes(10));
    assertThat(stats.percentile(1)).contains(Duration.ofMinutes(1));
  }

  @Test
  void p90OfFewSamplesIsTheLargestMeasuredValue() {
    // n = 4: p90 rank ceil(3.6) = 4; n = 7: ceil(6.3) = 7
    assertThat(minutes(1, 2, 3, 4).p90()).contains(Duration.ofMinutes(4));
    assertThat(minutes(1, 2, 3, 4, 5, 6, 7).p90()).contains(Duration.ofMinutes(7));
    assertThat(minutes(1, 2, 3, 4).median()).contains(Duration.ofMinutes(2));
  }

  @Test
  void samplesGivenInAnyOrderAreSortedBeforeRanking() {
    DurationStats stats = minutes(30, 4, 45, 12);

    assertThat(stats.samples())
        .containsExactly(
            Duration.ofMinutes(4),
            Duration.ofMinutes(12),
            Duration.ofMinutes(30),
            Duration.ofMinutes(45));
    assertThat(stats.median()).contains(Duration.ofMinutes(12));
  }

  @Test
  void oneSampleIsEveryPercentile() {
    assertThat(minutes(7).median()).contains(Duration.ofMinutes(7));
    assertThat(minutes(7).p90()).contains(Duration.ofMinutes(7));
  }

  @Test
  void nothingMeasuredHasNoMedianRatherThanZero() {
    assertThat(DurationStats.EMPTY.count()).isZero();
    assertThat(DurationStats.EMPTY.median()).isEmpty();
    assertThat(DurationStats.of(List.of()).p90()).isEmpty();
  }

  @Test
  void refusesPercentilesOutsideOneToHundred() {
    assertThatThrownBy(() -> minutes(1).percentile(0)).hasMessageContaining("1 to 100, got 0");
    assertThatThrownBy(() -> minutes(1).percentile(101)).hasMessageContaining("got 101");
  }
}
