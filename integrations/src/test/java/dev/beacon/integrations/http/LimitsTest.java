package dev.beacon.integrations.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void leavesShortTextAlone() {
    assertThat(Limits.text("short", 10)).isEqualTo("short");
    assertThat(Limits.text(null, 10)).isEmpty();
  }

  @Test
  void cutsLongTextToTheLimitEndingWithAnEllipsis() {
    String cut = Limits.text("x".repeat(2000), 1024);
    assertThat(cut).hasSize(1024).endsWith("…").startsWith("xxxx");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "a".repeat(8) + "🚨🚨🚨";
    String cut = Limits.text(text, 10);
    assertThat(cut).isEqualTo("a".repeat(8) + "…");
    assertThat(cut.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }

  @Test
  void shortensLongKeysStablyAndKeepsThemDistinct() {
    String a = "k".repeat(300) + "a";
    String b = "k".repeat(300) + "b";
    assertThat(Limits.key(a, 255)).hasSize(255).startsWith("k".repeat(246) + "~");
    assertThat(Limits.key(a, 255)).isEqualTo(Limits.key(a, 255));
    assertThat(Limits.key(a, 255)).isNotEqualTo(Limits.key(b, 255));
    assertThat(Limits.key("beacon-INC-7-1", 255)).isEqualTo("beacon-INC-7-1");
  }
}
