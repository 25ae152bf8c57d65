package dev.crosscheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      every word capitalised      | Fed Holds Rates Steady, Signals Two Cuts Later This Year | true
      small words stay lower-case | Inflation Falls to 2.4%, Lowest Since 2021            | true
      a sentence with names       | signed striker Mateo Ruiz from Porto Azul.           | false
      too short to tell           | The European Union                                  | false
      a headline in sentence case | Death toll rises after Typhoon Galvin hits Halifax  | false
      """)
  void titleCaseLines(String name, String line, boolean titleCase) {
    assertThat(Headlines.isTitleCase(line)).isEqualTo(titleCase);
  }
}
