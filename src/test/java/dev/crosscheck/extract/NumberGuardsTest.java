package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Numbers#AT_AMOUNT} lists the letters amounts begin with, apart from the patterns it
 * guards: every word those patterns accept as an amount must pass it, in any case.
 */
class NumberGuardsTest {
  private static final Pattern GUARD = Pattern.compile(Numbers.AT_AMOUNT);
  private static final Pattern DIGIT_GUARD = Pattern.compile(Numbers.AT_DIGIT);

  @ParameterizedTest
  @ValueSource(strings = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety", "a", "an", "half", "dozens", "hundreds", "thousands", "millions", "7", "0"})
  void admitsEveryAmountWord(String word) {
    assertThat(GUARD.matcher(word).lookingAt()).as(word).isTrue();
    assertThat(GUARD.matcher(word.toUpperCase(Locale.ROOT)).lookingAt()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"people", "billion", "just", "we", "$5", "(5)"})
  void turnsAwayWhatNoAmountBeginsWith(String word) {
    assertThat(GUARD.matcher(word).lookingAt()).as(word).isFalse();
    assertThat(DIGIT_GUARD.matcher(word).lookingAt()).as(word).isFalse();
  }
}
