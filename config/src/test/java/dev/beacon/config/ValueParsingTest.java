package dev.beacon.config;

import static dev.beacon.config.MinimalConfig.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.beacon.core.incident.Severity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Values as people write them in the file")
class ValueParsingTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"90s, PT1M30S", "5m, PT5M", "4h, PT4H", "1d, PT24H", "1h30m, PT1H30M"})
  void readsDurationsInTheShortForm(String written, Duration expected) throws Exception {
    String yaml = with("updateEvery: 15m", "updateEvery: " + written);

    BeaconConfig config = ConfigLoader.load("beacon.yaml", yaml);

    assertThat(config.severity(Severity.SEV1).updateEvery()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5 minutes", "5", "PT5M", "0m", "m5", "1.5h"})
  void refusesDurationsThatAreNotInTheShortForm(String written) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DurationText.parse(written))
        .withMessageContaining("'" + written + "'");
  }

  @Test
  void writesDurationsBackInTheShortForm() {
    assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
  }

  @Test
  void readsOvernightCoverageAsEndingTheNextDay() throws Exception {
    SiteConfig warsaw = ConfigLoader.load("beacon.yaml", MinimalConfig.YAML).sites().get(0);

    assertThat(warsaw.from()).isEqualTo(LocalTime.of(17, 0));
    assertThat(warsaw.to()).isEqualTo(LocalTime.of(1, 0));
    assertThat(warsaw.overnight()).isTrue();
  }

  @Test
  void coversEveryDayUnlessWorkingDaysAreGiven() throws Exception {
    SiteConfig everyDay = ConfigLoader.load("beacon.yaml", MinimalConfig.YAML).sites().get(0);
    SiteConfig weekdays =
        ConfigLoader.load(
                "beacon.yaml",
                with(
                    "coverage: \"17:00-01:00\"",
                    "coverage: 09:00-17:00\n    workingDays: [MON, tue]"))
            .sites()
            .get(0);

    assertThat(everyDay.workingDays()).hasSize(7);
    assertThat(weekdays.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    assertThat(weekdays.overnight()).isFalse();
  }

  @Test
  void masksSecretsWhenPrinted() {
    Secret secret =
        new SecretRef("PAGERDUTY_ROUTING_KEY").resolve(Map.of("PAGERDUTY_ROUTING_KEY", "s3cr3t"));

    assertThat(secret.value()).isEqualTo("s3cr3t");
    assertThat(secret.toString()).doesNotContain("s3cr3t");
  }
}
