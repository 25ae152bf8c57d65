package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {
  @ParameterizedTest(name = "{0} has a digit: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      in 2032       | true
      seven years   | false
      ''            | false
      """)
  void digits(String text, boolean expected) {
    assertThat(Cues.hasDigit(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} contains {1} as written: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      on 27 April      | Apr | true
      an april fool    | Apr | false
      FY2025           | FY  | true
      """)
  void wordsAsWritten(String text, String word, boolean expected) {
    assertThat(Cues.containsAny(text, word)).isEqualTo(expected);
  }
}
