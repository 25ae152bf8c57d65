package dev.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counts must add up; {@code ResultSummary.of} is tested on report fixtures. */
class ResultSummaryTest {
  @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
  @CsvSource({
    "-1, 0, 0, 0, 0",
    " 1, 2, 1, 0, 0",
    " 1, 2, 1, 2, 0",
    " 1, 1, 1, 1, -1",
  })
  void countsThatCannotBeAreRefused(int articles, int topics, int conflicts, int agreements,
      int singles) {
    assertThatThrownBy(() -> new ResultSummary(articles, topics, conflicts, agreements, singles))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
  @CsvSource({"0, 0, 0, 0, 0", "5, 4, 1, 2, 1"})
  void countsThatAddUpAreKept(int articles, int topics, int conflicts, int agreements,
      int singles) {
    assertThat(new ResultSummary(articles, topics, conflicts, agreements, singles).topics())
        .isEqualTo(topics);
  }
}
