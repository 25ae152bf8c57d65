package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {
  @Test
  void precisionRecallAndF1() {
    Score s = new Score(8, 2, 4);
    assertThat(s.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(s.recall()).isCloseTo(8.0 / 12, within(1e-9));
    assertThat(s.f1()).isCloseTo(2 * 0.8 * (8.0 / 12) / (0.8 + 8.0 / 12), within(1e-9));
  }

  @Test
  void emptySidesArePerfect() {
    assertThat(Score.EMPTY.precision()).isEqualTo(1.0);
    assertThat(Score.EMPTY.recall()).isEqualTo(1.0);
    assertThat(Score.EMPTY.f1()).isEqualTo(1.0);
    assertThat(new Score(0, 3, 0).recall()).isEqualTo(1.0);
    assertThat(new Score(0, 3, 0).precision()).isEqualTo(0.0);
  }

  @Test
  void nothingRightIsZero() {
    assertThat(new Score(0, 2, 2).f1()).isEqualTo(0.0);
  }

  @Test
  void plusAddsCounts() {
    assertThat(new Score(1, 2, 3).plus(new Score(4, 5, 6))).isEqualTo(new Score(5, 7, 9));
    assertThat(new Score(1, 2, 3).plus(Score.EMPTY)).isEqualTo(new Score(1, 2, 3));
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> new Score(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be negative, were -1, 0, 0");
  }
}
