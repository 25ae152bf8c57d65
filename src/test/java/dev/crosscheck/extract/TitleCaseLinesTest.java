package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.NlpModels;
import dev.crosscheck.text.OpenNlpSegmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in a headline in title case are the words its article capitalises inside sentences: the
 * tagger calls every capitalised word there a proper noun. Each row is a headline, a body
 * sentence, and the holder and counterpart of the headline's first claim.
 */
class TitleCaseLinesTest {
  private static final OpenNlpSegmenter SEGMENTER =
      OpenNlpSegmenter.create(NlpModels.loadDefault(), s -> true);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a verb opens no name   | Corvant to Acquire Halbrook in $60B All-Stock Transaction \
                             | On Monday the board of Corvant agreed to buy Halbrook.  | Corvant | Halbrook
      nor a run of words     | What Business Strategy Is Behind Corvant's Plan To Lay Off 15% Of Workforce \
                             | Shares of Corvant fell.                                  | Corvant | ''
      names the body uses    | Halbrook Bank Posts $2 Billion Profit \
                             | Profit at Halbrook Bank rose.                            | Halbrook Bank | ''
      acronyms stay names    | UAW Wins 25% Raise From Corvant \
                             | Members of the UAW voted for the deal with Corvant.      | UAW | Corvant
      """)
  void headlineClaimNamesWhatTheArticleNames(
      String name, String headline, String body, String holder, String counterpart) {
    String text = headline + "\n\n" + body;
    Article article = new Article(ArticleId.of("t.md"), "t.md", headline, "", "", "",
        LocalDate.of(2024, 3, 1), text, 1);
    ExtractionContext context =
        ExtractionContext.publishedOn(LocalDate.of(2024, 3, 1)).withNamesOf(text);
    List<Claim> claims = new ArrayList<>();
    for (Sentence s : SEGMENTER.segment(article)) {
      claims.addAll(Extractors.defaults().extract(s, context));
    }
    Claim first = claims.get(0);
    assertThat(first.sentenceIndex()).isZero();
    assertThat(first.subject().holder()).isEqualTo(holder);
    assertThat(first.subject().counterpart()).isEqualTo(counterpart);
  }
}
