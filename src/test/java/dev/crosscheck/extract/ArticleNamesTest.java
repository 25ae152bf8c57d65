package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      plain words                 | Production starts in 2027.       | in starts
      hyphens stay in the word    | the state-owned well-Known firm  | firm state-owned the well-
      up to a capital             | McDonald and iPhone sales        | and i sales
      not after a digit           | 2abc x2y                          | x
      after marks                 | (alpha) "beta" -gamma             | alpha beta gamma
      accented letters            | état Ünïcödé straße               | straße état
      """)
  void lowerCaseWords(String name, String text, String words) {
    Set<String> expected =
        words.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(words.split(" ")));
    assertThat(new TreeSet<>(ArticleNames.lowerCase(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      after a lower-case word     | Shares of Corvant rose.           | Corvant
      opening a sentence is not   | Production starts today.          | ''
      after a comma               | Revenue, Corvant said, rose.      | Corvant
      every word of a name        | signed striker Mateo Ruiz from Porto Azul. | Mateo Ruiz Porto Azul
      a run ends at a period      | said Acme. The firm rose.         | Acme
      """)
  void namesInsideSentences(String name, String text, String names) {
    Set<String> expected = names.isEmpty() ? Set.of() : Set.of(names.split(" "));
    assertThat(ArticleNames.of(text).names()).isEqualTo(expected);
    assertThat(ArticleNames.of(text).headlineNames()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aTitleCaseHeadlineGivesOnlyHeadlineNames() {
    ArticleNames.Found found = ArticleNames.of(
        "Quenpra Software Reports Record Revenue, Shares Jump\nShares of Quenpra rose 8%.");
    assertThat(found.names()).containsExactly("Quenpra");
    assertThat(found.headlineNames())
        .containsExactlyInAnyOrder("Software", "Reports", "Record", "Revenue", "Shares", "Jump");
  }
}
