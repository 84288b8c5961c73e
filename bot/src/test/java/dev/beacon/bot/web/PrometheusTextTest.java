package dev.beacon.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beacon.bot.web.MetricFamily.Sample;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Prometheus text format 0.0.4")
class PrometheusTextTest {

  @Test
  @DisplayName("each family gets HELP and TYPE, then one line per sample with its labels")
  void rendersFamilies() {
    String text =
        PrometheusText.render(
            List.of(
                MetricFamily.gauge(
                    "beacon_incidents",
                    "Incidents by status.",
                    List.of(
                        Sample.of("beacon_incidents", 3, "status", "declared", "severity", "SEV1"),
                        Sample.of("beacon_incidents", 0, "status", "closed", "severity", "SEV4"))),
                MetricFamily.counter(
                    "beacon_escalations_total",
                    "Escalations.",
                    List.of(Sample.of("beacon_escalations_total", 12)))));

    assertThat(text)
        .isEqualTo(
            """
            # HELP beacon_incidents Incidents by status.
            # TYPE beacon_incidents gauge
            beacon_incidents{status="declared",severity="SEV1"} 3
            beacon_incidents{status="closed",severity="SEV4"} 0
            # HELP beacon_escalations_total Escalations.
            # TYPE beacon_escalations_total counter
            beacon_escalations_total 12
            """);
  }

  @Test
  @DisplayName("label values escape backslash, double quote and line feed")
  void escapesLabelValues() {
    String text =
        PrometheusText.render(
            List.of(
                MetricFamily.gauge(
                    "m",
                    "h",
                    List.of(Sample.of("m", 1, "path", "C:\\dir \"quoted\"\nnext line")))));

    assertThat(text).contains("m{path=\"C:\\\\dir \\\"quoted\\\"\\nnext line\"} 1\n");
  }

  @Test
  @DisplayName("help text escapes backslash and line feed but keeps quotes")
  void escapesHelp() {
    String text =
        PrometheusText.render(
            List.of(MetricFamily.gauge("m", "a \"b\" c\\d\ne", List.of(Sample.of("m", 1)))));

    assertThat(text).startsWith("# HELP m a \"b\" c\\\\d\\ne\n");
  }

  @Test
  @DisplayName("values: whole numbers plain, fractions as decimals, infinities and NaN by name")
  void values() {
    assertThat(PrometheusText.value(42)).isEqualTo("42");
    assertThat(PrometheusText.value(0.25)).isEqualTo("0.25");
    assertThat(PrometheusText.value(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(PrometheusText.value(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    assertThat(PrometheusText.value(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  @DisplayName("names the format cannot carry are refused where they are made")
  void refusesBadNames() {
    assertThatThrownBy(() -> Sample.of("beacon-incidents", 1))
        .hasMessageContaining("'beacon-incidents' is not a valid metric name");
    assertThatThrownBy(() -> Sample.of("m", 1, "le vel", "x"))
        .hasMessageContaining("'le vel' is not a valid label name");
    assertThatThrownBy(() -> MetricFamily.gauge("a", "h", List.of(Sample.of("b", 1))))
        .hasMessageContaining("sample b does not belong to family a");
  }

  @Test
  @DisplayName("the lateness histogram: cumulative buckets up to +Inf, with sum and count")
  void histogram() {
    TimerLatenessHistogram h = new TimerLatenessHistogram(List.of("wake", "sweep"));
    h.record("wake", java.time.Duration.ofMillis(30));
    h.record("wake", java.time.Duration.ofSeconds(3));
    h.record("wake", java.time.Duration.ofMinutes(10));

    String text = PrometheusText.render(h.collect());

    assertThat(text)
        .contains("# TYPE beacon_timer_lateness_seconds histogram\n")
        .contains("beacon_timer_lateness_seconds_bucket{timer=\"wake\",le=\"0.05\"} 1\n")
        .contains("beacon_timer_lateness_seconds_bucket{timer=\"wake\",le=\"2.5\"} 1\n")
        .contains("beacon_timer_lateness_seconds_bucket{timer=\"wake\",le=\"5\"} 2\n")
        .contains("beacon_timer_lateness_seconds_bucket{timer=\"wake\",le=\"300\"} 2\n")
        .contains("beacon_timer_lateness_seconds_bucket{timer=\"wake\",le=\"+Inf\"} 3\n")
        .contains("beacon_timer_lateness_seconds_sum{timer=\"wake\"} 603.03\n")
        .contains("beacon_timer_lateness_seconds_count{timer=\"wake\"} 3\n")
        .contains("beacon_timer_lateness_seconds_count{timer=\"sweep\"} 0\n")
        .contains("beacon_timer_lateness_max_seconds{timer=\"wake\"} 600\n");
  }
}
