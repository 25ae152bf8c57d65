package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuoteTest {
  private static final String SENTENCE = "It rose 20% after 20% before, then 20% again.";
  private static final Article ARTICLE =
      ReportFixtures.article("q.txt", "t", "s", "", "", null, "Lead. " + SENTENCE);

  @Test
  void picksTheOccurrenceAtTheSpan() {
    for (int occurrence = 0; occurrence < 3; occurrence++) {
      Claim claim = claim(occurrence);
      Quote quote = Quote.of(claim, ARTICLE.text());
      assertThat(quote.found()).isTrue();
      assertThat(quote.before().length())
          .as("occurrence %d", occurrence)
          .isEqualTo(claim.span().start() - "Lead. ".length());
    }
  }

  @Test
  void withoutArticleTextTakesTheFirstOccurrence() {
    assertThat(Quote.of(claim(2), "").before()).isEqualTo("It rose ");
  }

  @Test
  void surfaceNotInSentenceIsShownAfterIt() {
    Claim claim = claim(0);
    Claim odd =
        new Claim(
            claim.articleId(),
            claim.kind(),
            claim.quantity(),
            claim.role(),
            claim.change(),
            claim.timeframe(),
            "21%",
            claim.span(),
            0,
            SENTENCE,
            claim.subject());
    Quote quote = Quote.of(odd, ARTICLE.text());
    assertThat(quote.found()).isFalse();
    assertThat(quote.html())
        .isEqualTo(
            "It rose 20% after 20% before, then 20% again. "
                + "<span class=\"as-written\">(as written: <mark>21%</mark>)</span>");
  }

  @Test
  void trimsLongContextOnBothSides() {
    String sentence = "a".repeat(500) + " $5 billion " + "b".repeat(500);
    Article article = ReportFixtures.article("long.txt", "t", "s", "", "", null, sentence);
    Claim claim =
        ReportFixtures.claim(
            article, sentence, "$5 billion", 0, ClaimKind.MONEY, ReportFixtures.percent("5"));
    Quote quote = Quote.of(claim, article.text()).trimmed(100);
    assertThat(quote.before()).startsWith("\u2026").hasSize(101);
    assertThat(quote.after()).endsWith("\u2026").hasSize(101);
    assertThat(quote.marked()).isEqualTo("$5 billion");
  }

  @Test
  void spanOutsideArticleFallsBackToFirstOccurrence() {
    Claim claim = claim(1);
    Claim shifted =
        new Claim(
            claim.articleId(),
            claim.kind(),
            claim.quantity(),
            claim.role(),
            claim.change(),
            claim.timeframe(),
            claim.surface(),
            TextSpan.of(9000, 9003),
            0,
            SENTENCE,
            claim.subject());
    assertThat(Quote.of(shifted, ARTICLE.text()).before()).isEqualTo("It rose ");
  }

  private static Claim claim(int occurrence) {
    return ReportFixtures.claim(
        ARTICLE, SENTENCE, "20%", occurrence, ClaimKind.PERCENT, ReportFixtures.percent("20"));
  }
}
