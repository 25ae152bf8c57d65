package dev.crosscheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {
  @ParameterizedTest(name = "{0} contains {1} in any case: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Profit DOUBLED        | doubled | true
      a Decade-long deal    | decade  | true
      up 5 Per Cent         | per     | true
      the toll              | tolls   | false
      tol                   | toll    | false
      ''                    | year    | false
      """)
  void wordsInAnyCase(String text, String word, boolean expected) {
    assertThat(Texts.containsAnyIgnoreCase(text, word)).isEqualTo(expected);
  }
}
