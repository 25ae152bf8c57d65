package dev.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryKeysTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Renven Robotics       | renven robotics",
      "Renven Robotics Labs  | renven robotics",
      "Renven                | renven",
      "Microsoft Corp.       | microsoft",
      "Quenpra Holdings      | quenpra",
      "Mateo Ruiz            | mateo ruiz",
      "Bank of England       | bank england",
      "Bank of Norland       | bank norland",
      "University of the Arts | university arts",
  })
  void aNameIsKeyedByItsFirstTwoWordsUnlessALegalFormFollows(String name, String key) {
    assertThat(StoryKeys.nameKey(StoryKeys.words(name))).isEqualTo(key);
  }

  @ParameterizedTest(name = "draft {0} meets article {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "renven robotics | renven robotics | true",
      "renven robotics | renven          | true",
      "renven robotics | renven software | false",
      "renven          | renven software | true",
      "renven          | halden dairy    | false",
  })
  void aDraftMeetsTheArticlesOfItsStory(String draft, String article, boolean meets) {
    assertThat(new StoryKeys(Set.of(draft)).meets(new StoryKeys(Set.of(article)))).isEqualTo(meets);
    assertThat(StoryKeys.NONE.meets(new StoryKeys(Set.of(article)))).isFalse();
  }

  @ParameterizedTest(name = "{0}: indexed {1}, searching {2}")
  @CsvSource(delimiter = '|', value = {
      "renven robotics | renven *,renven robotics | renven,renven robotics",
      "renven          | renven                   | renven,renven *",
  })
  void aShortFormMeetsTheNamesItBegins(String key, String indexed, String searched) {
    StoryKeys keys = new StoryKeys(Set.of(key));
    assertThat(keys.indexTerms()).containsExactlyElementsOf(List.of(indexed.split(",")));
    assertThat(keys.searchTerms()).containsExactlyElementsOf(List.of(searched.split(",")));
  }
}
