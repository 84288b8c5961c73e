package dev.beacon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("digest: configuration")
class DigestConfigTest {

  @Test
  @DisplayName("reads channel, weekday, time and zone; defaults Monday 09:00 UTC; absent is off")
  void reads() throws Exception {
    BeaconConfig full =
        ConfigLoader.load(
            "beacon.yaml",
            MinimalConfig.YAML
                + "digest: {channel: \"#incident-digest\", weekday: FRI, time: \"16:30\","
                + " zone: Europe/Warsaw}\n");
    BeaconConfig defaults =
        ConfigLoader.load("beacon.yaml", MinimalConfig.YAML + "digest: {channel: ops}\n");

    assertThat(full.digest())
        .contains(
            new DigestConfig(
                "incident-digest",
                DayOfWeek.FRIDAY,
                LocalTime.of(16, 30),
                ZoneId.of("Europe/Warsaw")));
    assertThat(defaults.digest())
        .contains(new DigestConfig("ops", DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("UTC")));
    assertThat(ConfigLoader.load("beacon.yaml", MinimalConfig.YAML).digest()).isEmpty();
  }

  @Test
  @DisplayName("mistakes are named with their path and how to write it")
  void problems() {
    List<ConfigProblem> problems =
        org.assertj.core.api.Assertions.catchThrowableOfType(
                () ->
                    ConfigLoader.load(
                        "beacon.yaml",
                        MinimalConfig.YAML
                            + "digest: {weekday: FUNDAY, time: \"9am\", zone: Europe/Warsw}\n"),
                ConfigException.class)
            .problems();

    assertThat(problems)
        .extracting(p -> p.path() + ": " + p.message())
        .anySatisfy(p -> assertThat(p).startsWith("digest.channel"))
        .anySatisfy(p -> assertThat(p).startsWith("digest.weekday").contains("MON"))
        .anySatisfy(p -> assertThat(p).startsWith("digest.time").contains("HH:mm"))
        .anySatisfy(p -> assertThat(p).startsWith("digest.zone").contains("Europe/Warsaw"));
  }
}
