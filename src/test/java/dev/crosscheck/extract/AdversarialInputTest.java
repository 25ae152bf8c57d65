package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.OffsetMap;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.Token;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text must not make extraction backtrack or loop (issue 7): each input, as one sentence
 * with and without tokens, is extracted within a generous deadline, and every claim's span still
 * lies inside the sentence and covers its surface.
 */
class AdversarialInputTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final ClaimExtractor EXTRACTOR = Extractors.defaults();
  private static final ExtractionContext CONTEXT =
      ExtractionContext.publishedOn(LocalDate.of(2026, 4, 28));
  private static final Pattern WORD = Pattern.compile("\\S+");

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("100,000 digits", "1".repeat(100_000)),
        Arguments.of("digits with a dollar", "$" + "9".repeat(100_000) + " billion"),
        Arguments.of("repeated $1,", "$1,".repeat(8_000)),
        Arguments.of("repeated $1, with spaces", "$1, ".repeat(8_000)),
        Arguments.of("thousands groups", "1," + "000,".repeat(10_000)),
        Arguments.of("spaces", "Revenue rose" + " ".repeat(100_000) + "5 percent"),
        Arguments.of("hyphens", "-".repeat(100_000)),
        Arguments.of("digit hyphens", "1-".repeat(20_000) + "1"),
        Arguments.of("spaced hyphens", "1 - ".repeat(10_000) + "1 percent"),
        Arguments.of("decimal points", "1.".repeat(20_000) + "5 billion"),
        Arguments.of("number words", "twenty-one hundred thousand ".repeat(2_000) + "dollars"),
        Arguments.of("ranges", "between 3 and ".repeat(4_000) + "5 percent"),
        Arguments.of("hedges", "more than ".repeat(4_000) + "$5 billion"),
        Arguments.of("years", "2019-2020 ".repeat(4_000)),
        Arguments.of("months", "April 27, ".repeat(4_000) + "2026"),
        Arguments.of("counts", "300 people and ".repeat(2_000)),
        Arguments.of("previous", "the previous ".repeat(4_000) + "2030 deadline"),
        Arguments.of("toll", "the death toll rose to ".repeat(2_000) + "143"),
        Arguments.of("mixed noise", "$€£¥₹%-,.:;/ ".repeat(4_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void withoutTokensFinishesInTime(String name, String text) {
    check(sentence(text, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void withTokensFinishesInTime(String name, String text) {
    check(sentence(text, tokens(text)));
  }

  private static void check(Sentence sentence) {
    List<Claim> claims = assertTimeoutPreemptively(DEADLINE, () -> EXTRACTOR.extract(sentence, CONTEXT));
    for (Claim c : claims) {
      assertThat(sentence.span().contains(c.span())).as("span of %s", c.surface()).isTrue();
      assertThat(c.span().in(sentence.original())).isEqualTo(c.surface());
    }
  }

  private static Sentence sentence(String text, List<Token> tokens) {
    return new Sentence(ArticleId.of("hostile"), 0, TextSpan.of(0, text.length()), text, text,
        OffsetMap.identity(text.length()), tokens);
  }

  /** Whitespace tokens, numbers tagged NUM and everything else NOUN: the worst case for distances. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      String tag = Character.isDigit(w.charAt(0)) ? "NUM" : "NOUN";
      tokens.add(new Token(w, tag, w, m.start(), m.end()));
    }
    return tokens;
  }
}
