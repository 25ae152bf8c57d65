package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title-case headline capitalises every word: its words may continue a name of the body
 * ("Quenpra Software"), but never start one ("Later this year", "Warning signs", "Amid the").
 */
class HeadlineNamesTest {
  private final Analysis analysis =
      new Analysis(Clock.fixed(Instant.parse("2026-04-28T00:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Fed Holds Rates Steady, Signals Two Cuts Later This Year | Later this year, officials expect inflation to ease to 2.6%. | 2.6%         | ''               | ''
      Acme Plunges After Profit Warning                        | Warning signs emerged as revenue slid 5% in March.           | 5%           | ''               | ''
      BYD Gains Ground Amid Fierce Competition                 | Amid the price war, BYD sold 300,000 cars in March.          | 300,000 cars | BYD              | ''
      Quenpra Software Reports Record Revenue                  | Quenpra Software reported revenue of $9 billion last year.   | $9 billion   | Quenpra Software | ''
      """)
  void headlineWordsOnlyContinueNames(
      String title, String body, String surface, String holder, String counterpart) {
    Article article = new Article(ArticleId.of("a.md"), "a.md", title, "", "", "",
        LocalDate.of(2026, 4, 28), body, 1);
    Claim claim = analysis.claims(article).stream()
        .filter(c -> c.surface().equals(surface))
        .findFirst()
        .orElseThrow();
    assertThat(claim.subject().holder()).isEqualTo(holder);
    assertThat(claim.subject().counterpart()).isEqualTo(counterpart);
  }
}
