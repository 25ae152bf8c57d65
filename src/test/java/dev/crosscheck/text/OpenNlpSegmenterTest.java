package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.model.TextSpan;
import dev.crosscheck.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpenNlpSegmenterTest {
  private static final Predicate<CharSequence> HAS_DIGIT =
      s -> s.chars().anyMatch(Character::isDigit);
  private static final Pattern URL =
      Pattern.compile("\\]\\([^)\\s]*\\)|<https?://[^>\\s]*>|https?://[^\\s)]*");

  private final OpenNlpSegmenter segmenter =
      OpenNlpSegmenter.create(SampleCorpus.models(), HAS_DIGIT);
  private final List<Article> corpus = SampleCorpus.articles();

  @Test
  void sampleCorpusHasFiveArticles() {
    assertThat(corpus).hasSize(5);
  }

  @Test
  void sentencesKeepExactSpansIntoTheOriginal() {
    for (Article article : corpus) {
      assertInvariants(article, segmenter.segment(article));
    }
  }

  @Test
  void everyLetterAndDigitOutsideUrlsIsInSomeSentence() {
    for (Article article : corpus) {
      boolean[] covered = new boolean[article.text().length()];
      segmenter.segment(article).forEach(s -> fill(covered, s.span()));
      Matcher urls = URL.matcher(article.text());
      while (urls.find()) {
        fill(covered, new TextSpan(urls.start(), urls.end()));
      }
      for (int i = 0; i < covered.length; i++) {
        char c = article.text().charAt(i);
        assertThat(covered[i] || !Character.isLetterOrDigit(c))
            .as("%s: '%s' at %d not in any sentence", article.id(), c, i)
            .isTrue();
      }
    }
  }

  @Test
  void hardWrappedNumberStaysInOneSentence() {
    Sentence sentence = find(segment("000"), "$300 billion");

    assertThat(sentence.original()).contains("$300\nbillion");
    assertThat(sentence.text()).startsWith("OpenAI, as part of an effort").endsWith("next year.");
    int at = sentence.text().indexOf("$300 billion");
    assertThat(sentence.originalText(at, at + 12)).isEqualTo("$300\nbillion");
  }

  @Test
  void nonBreakingHyphenIsNormalizedAndMapsBack() {
    Sentence sentence =
        find(segment(SampleCorpus.article("A decade\u2011long embrace ended.")), "decade-long");
    int at = sentence.text().indexOf("decade-long");

    assertThat(sentence.originalText(at, at + 11)).isEqualTo("decade\u2011long");
    assertThat(sentence.articleSpan(at, at + 11)).isEqualTo(new TextSpan(2, 13));

    Sentence oneWay = find(segment("003"), "one-way");
    int w = oneWay.text().indexOf("one-way");
    assertThat(oneWay.originalText(w, w + 7)).isEqualTo("one\u2011way");
  }

  @Test
  void curlyApostropheIsStraightened() {
    Sentence sentence = find(segment("000"), "AI's future");

    assertThat(sentence.original()).contains("AI\u2019s future");
  }

  @Test
  void tableRowsAreSeparateSentences() {
    List<Sentence> sentences = segment("001");

    assertThat(find(sentences, "$13.75B").text())
        .isEqualTo("$13.75B   Total Microsoft investment in OpenAI over 7 years");
    assertThat(find(sentences, "$30B").text()).startsWith("$30B ").doesNotContain("$13.75B");
    assertThat(sentences).noneMatch(s -> s.text().contains("|") || s.text().contains("---"));
  }

  @Test
  void shortHeadingLineIsNotJoinedWithTheNextLine() {
    List<Sentence> sentences = segment("001");

    assertThat(sentences.get(0).text()).isEqualTo("\uD83C\uDFAF The Big Picture");
    assertThat(sentences.get(1).text()).startsWith("The most consequential partnership");
  }

  @Test
  void titleLineIsNotJoinedWithTheNextLine() {
    assertThat(segment("003").get(0).text())
        .isEqualTo("Microsoft, OpenAI Revise Partnership, Allowing Multi-Cloud AI Model Access");
  }

  @Test
  void linkTargetsAndUrlsNeverReachTheNormalizedText() {
    List<Sentence> sentences = segment("000");

    assertThat(sentences)
        .noneMatch(s -> s.text().contains("http") || s.text().contains("nextplatform.com"))
        .noneMatch(s -> s.text().contains("5218929") || s.text().contains("]("));
    assertThat(find(sentences, "more advanced models, AI agents").original())
        .contains("[more\nadvanced models, AI agents](https://");
    assertThat(sentences.get(1).text()).isEqualTo("Source:");
  }

  @Test
  void expansionKeepsACorrectMap() {
    Sentence sentence = segment(SampleCorpus.article("Up \u00BD point\u2026 to 5%.")).get(0);

    assertThat(sentence.text()).isEqualTo("Up 1/2 point... to 5%.");
    assertThat(sentence.originalText(3, 6)).isEqualTo("\u00BD");
    assertThat(sentence.originalText(12, 15)).isEqualTo("\u2026");
    assertThat(sentence.originalText(0, sentence.text().length())).isEqualTo(sentence.original());
  }

  @Test
  void numberSentencesAreTaggedAndOthersAreNot() {
    List<Sentence> sentences = segment("000");
    Sentence money = find(sentences, "$13.75 billion");

    assertThat(money.tokens())
        .extracting(Token::text, Token::tag)
        .contains(
            org.assertj.core.groups.Tuple.tuple("$", "SYM"),
            org.assertj.core.groups.Tuple.tuple("13.75", "NUM"),
            org.assertj.core.groups.Tuple.tuple("Microsoft", "PROPN"));
    assertThat(find(sentences, "There will be benefits").tokens()).isEmpty();
    for (Sentence s : sentences) {
      assertThat(s.tokens().isEmpty()).as(s.text()).isEqualTo(!HAS_DIGIT.test(s.text()));
    }
  }

  @Test
  void tokensFollowTheModelsConventions() {
    Sentence row = find(segment("001"), "$13.75B ");

    assertThat(row.tokens()).extracting(Token::text).startsWith("$", "13.75B");
    Sentence clitic = find(segment("001"), "OpenAI's 20%");
    assertThat(clitic.tokens()).extracting(Token::text).contains("OpenAI's", "20", "%");
    assertThat(clitic.tokens())
        .filteredOn(t -> t.text().equals("continues"))
        .extracting(Token::lemma)
        .containsExactly("continue");
  }

  @Test
  void predicateSeesEachNormalizedSentenceOnce() {
    List<String> seen = new CopyOnWriteArrayList<>();
    OpenNlpSegmenter recording =
        OpenNlpSegmenter.create(SampleCorpus.models(), s -> seen.add(s.toString()));
    Article article = SampleCorpus.article("001", corpus);

    List<Sentence> sentences = recording.segment(article);

    assertThat(seen).containsExactlyElementsOf(sentences.stream().map(Sentence::text).toList());
    assertThat(sentences).allMatch(s -> !s.tokens().isEmpty());
  }

  @Test
  void blankAndMarkupOnlyArticlesHaveNoSentences() {
    assertThat(segment(SampleCorpus.article(""))).isEmpty();
    assertThat(segment(SampleCorpus.article(" \n\n\t\u00A0\n"))).isEmpty();
    assertThat(segment(SampleCorpus.article("<https://x.com/1>\n|---|---|\n***"))).isEmpty();
  }

  @Test
  void randomTextKeepsTheInvariants() {
    long seed = Long.getLong("tests.seed", 4242L);
    Random random = new Random(seed);
    OpenNlpSegmenter tagAll = OpenNlpSegmenter.create(SampleCorpus.models(), s -> true);
    for (int round = 0; round < 300; round++) {
      Article article = SampleCorpus.article(RandomText.next(random, 60));
      assertInvariants(article, tagAll.segment(article));
    }
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> OpenNlpSegmenter.create(null, HAS_DIGIT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("models must not be null");
    assertThatThrownBy(() -> OpenNlpSegmenter.create(SampleCorpus.models(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mayHoldClaim must not be null");
    assertThatThrownBy(() -> segmenter.segment(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("article must not be null");
  }

  static void assertInvariants(Article article, List<Sentence> sentences) {
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String what = article.id() + " sentence " + i + ": " + s.text();
      assertThat(s.index()).as(what).isEqualTo(i);
      assertThat(s.articleId()).isEqualTo(article.id());
      assertThat(s.original()).as(what).isEqualTo(s.span().in(article.text()));
      assertThat(s.originalText(0, s.text().length())).as(what).isEqualTo(s.original());
      assertThat(s.text()).as(what).isNotBlank().isEqualTo(s.text().strip());
      assertThat(s.span().start()).as(what).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = s.span().end();
      for (Token t : s.tokens()) {
        assertThat(s.text().substring(t.start(), t.end())).as(what).isEqualTo(t.text());
        assertThat(t.lemma()).as(what).isNotEmpty().isNotEqualTo("O");
      }
    }
  }

  private List<Sentence> segment(String prefix) {
    return segment(SampleCorpus.article(prefix, corpus));
  }

  private List<Sentence> segment(Article article) {
    return segmenter.segment(article);
  }

  private static Sentence find(List<Sentence> sentences, String text) {
    List<Sentence> hits = new ArrayList<>();
    sentences.stream().filter(s -> s.text().contains(text)).forEach(hits::add);
    assertThat(hits).as("sentences containing '%s'", text).hasSize(1);
    return hits.get(0);
  }

  private static void fill(boolean[] covered, TextSpan span) {
    for (int i = span.start(); i < span.end(); i++) {
      covered[i] = true;
    }
  }
}
