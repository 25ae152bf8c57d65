package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.TextSpan;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("non-breaking hyphen", "decade\u2011long", "decade-long"),
        Arguments.of("dashes and minus", "a\u2013b\u2014c\u201010\u221215", "a-b-c-10-15"),
        Arguments.of("curly single quotes", "AI\u2019s \u2018x\u2019", "AI's 'x'"),
        Arguments.of("curly double quotes", "\u201CHi\u201D", "\"Hi\""),
        Arguments.of("unicode spaces", "a\u00A0b\u2009c\u202Fd", "a b c d"),
        Arguments.of("format chars removed", "a\u200Bb\u00ADc\u200Ed\uFEFFe", "abcde"),
        Arguments.of("line breaks and tabs", "$300\nbillion\r\nx\ty", "$300 billion  x y"),
        Arguments.of("NFKC ellipsis", "wait\u2026", "wait..."),
        Arguments.of("NFKC fraction", "\u00BD point", "1/2 point"),
        Arguments.of("NFKC fullwidth digits", "\uFF11\uFF12\uFF13", "123"),
        Arguments.of("combining mark composes", "caf" + "e\u0301", "caf\u00E9"),
        Arguments.of("emoji kept", "\uD83C\uDFAF The Big Picture", "\uD83C\uDFAF The Big Picture"),
        Arguments.of(
            "markdown link",
            "[more\nadvanced](https://x.com/5218897)!",
            " more advanced " + spaces(23) + "!"),
        Arguments.of("image link", "![alt](a.png)", "  alt        "),
        Arguments.of("autolink", "see <https://x.com/1> now", "see " + spaces(17) + " now"),
        Arguments.of(
            "bare url keeps sentence end",
            "visit https://x.com/a1. Then",
            "visit " + spaces(16) + ". Then"),
        Arguments.of("www url", "at www.x.com/2026 now", "at " + spaces(14) + " now"),
        Arguments.of("www url in capitals", "at WWW.X.COM/2026 now", "at " + spaces(14) + " now"),
        Arguments.of("www url opening a block", "www.x.com/2026 now", spaces(14) + " now"),
        Arguments.of("emphasis", "**bold** and __b__", "  bold   and   b  "),
        Arguments.of("table pipes", "| $5B | c |", "  $5B   c  "),
        Arguments.of(
            "ascii untouched", "Revenue rose 20% to $13.75B.", "Revenue rose 20% to $13.75B."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalizes(String name, String source, String expected) {
    NormalizedText normalized = normalizer.normalize(source, 0, source.length());

    assertThat(normalized.text()).as(name).isEqualTo(expected);
    assertValidMap(normalized, 0, source.length(), name);
  }

  @Test
  void nonBreakingHyphenMapsBackToItself() {
    String source = "a decade\u2011long embrace";
    NormalizedText normalized = normalizer.normalize(source, 0, source.length());

    int at = normalized.text().indexOf("decade-long");
    assertThat(normalized.sourceSpan(at, at + 11).in(source)).isEqualTo("decade\u2011long");
    assertThat(normalized.sourceSpan(at + 6, at + 7)).isEqualTo(new TextSpan(8, 9));
  }

  @Test
  void expansionMapsEveryCharToTheWholeSource() {
    String source = "x\u2026\u00BDy";
    NormalizedText normalized = normalizer.normalize(source, 0, source.length());

    assertThat(normalized.text()).isEqualTo("x...1/2y");
    for (int i = 1; i <= 3; i++) {
      assertThat(normalized.sourceSpan(i, i + 1)).isEqualTo(new TextSpan(1, 2));
    }
    assertThat(normalized.sourceSpan(4, 7).in(source)).isEqualTo("\u00BD");
    assertThat(normalized.sourceSpan(7, 8).in(source)).isEqualTo("y");
    assertThat(normalized.sliceMap(0, 8).toOriginal(1, 7).in(source)).isEqualTo("\u2026\u00BD");
  }

  @Test
  void removedCharsLeaveGapsInTheMap() {
    String source = "a\u200Bb";
    NormalizedText normalized = normalizer.normalize(source, 0, source.length());

    assertThat(normalized.sourceSpan(0, 1)).isEqualTo(new TextSpan(0, 1));
    assertThat(normalized.sourceSpan(1, 2)).isEqualTo(new TextSpan(2, 3));
  }

  @Test
  void rangesAreOffsetsIntoTheWholeSource() {
    String source = "skip this: AI\u2019s";
    NormalizedText normalized = normalizer.normalize(source, 11, source.length());

    assertThat(normalized.text()).isEqualTo("AI's");
    assertThat(normalized.sourceSpan(0, 4)).isEqualTo(new TextSpan(11, 15));
  }

  @Test
  void normalizingTwiceEqualsOnce() {
    for (Article article : SampleCorpus.articles()) {
      String once = normalizer.normalize(article.text(), 0, article.text().length()).text();
      String twice = normalizer.normalize(once, 0, once.length()).text();
      assertThat(twice).as(article.id().value()).isEqualTo(once);
    }
  }

  @Test
  void randomUnicodeNeverThrowsAndKeepsAValidMap() {
    long seed = Long.getLong("tests.seed", 20260428L);
    Random random = new Random(seed);
    for (int round = 0; round < 2_000; round++) {
      String source = RandomText.next(random, 40);
      NormalizedText normalized = normalizer.normalize(source, 0, source.length());
      assertValidMap(normalized, 0, source.length(), "seed " + seed + " round " + round);
    }
  }

  /** Every char maps into [from, to), and ranges never go backwards. */
  static void assertValidMap(NormalizedText normalized, int from, int to, String what) {
    int lastStart = from;
    int lastEnd = from;
    for (int i = 0; i < normalized.text().length(); i++) {
      TextSpan span = normalized.sourceSpan(i, i + 1);
      assertThat(span.start()).as(what + " char %d", i).isBetween(from, to - 1);
      assertThat(span.end()).as(what + " char %d", i).isBetween(span.start() + 1, to);
      assertThat(span.start())
          .as(what + " monotonic start %d", i)
          .isGreaterThanOrEqualTo(lastStart);
      assertThat(span.end()).as(what + " monotonic end %d", i).isGreaterThanOrEqualTo(lastEnd);
      lastStart = span.start();
      lastEnd = span.end();
    }
  }

  private static String spaces(int n) {
    return " ".repeat(n);
  }
}
