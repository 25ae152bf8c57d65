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

  @ParameterizedTest(name = "{0} has a digit: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      in 2032       | true
      seven years   | false
      ''            | false
      """)
  void digits(String text, boolean expected) {
    assertThat(Texts.hasDigit(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} has a currency sign: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      US$           | true
      €             | true
      HK$           | true
      ¥             | true
      US            | false
      100%          | false
      ''            | false
      """)
  void currencySigns(String text, boolean expected) {
    assertThat(Texts.hasCurrencySign(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} contains {1} as written: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      on 27 April      | Apr | true
      an april fool    | Apr | false
      FY2025           | FY  | true
      """)
  void wordsAsWritten(String text, String word, boolean expected) {
    assertThat(Texts.containsAny(text, word)).isEqualTo(expected);
  }
}
