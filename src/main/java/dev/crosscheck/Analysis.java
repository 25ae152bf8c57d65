package dev.crosscheck;

import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.extract.ExtractionContext;
import dev.crosscheck.extract.Extractors;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.NlpModels;
import dev.crosscheck.text.OpenNlpSegmenter;
import dev.crosscheck.text.Segmenter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments and extracts one article: a pure function of the article and the clock's date, safe to
 * call from many threads. The NLP models load on first use, once.
 */
final class Analysis {
  private final Clock clock;
  private final ClaimExtractor extractor = Extractors.defaults();
  private volatile Segmenter segmenter;

  Analysis(Clock clock) {
    this.clock = clock;
  }

  List<Claim> claims(Article article) {
    ExtractionContext context = article.publishedOn()
        .map(ExtractionContext::publishedOn)
        .orElseGet(() -> ExtractionContext.undated(LocalDate.now(clock)))
        .withNamesOf(article.title() + "\n" + article.text());
    List<Claim> claims = new ArrayList<>();
    for (Sentence sentence : segmenter().segment(article)) {
      // The segmenter tokenizes exactly the sentences Extractors.mayHoldClaim accepts, and that
      // test is never false where the extractor finds a claim: the rest need not be searched.
      if (!sentence.tokens().isEmpty()) {
        claims.addAll(extractor.extract(sentence, context));
      }
    }
    return claims;
  }

  private Segmenter segmenter() {
    Segmenter s = segmenter;
    if (s == null) {
      synchronized (this) {
        s = segmenter;
        if (s == null) {
          s = OpenNlpSegmenter.create(NlpModels.loadDefault(), Extractors::mayHoldClaim);
          segmenter = s;
        }
      }
    }
    return s;
  }
}
