package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.extract.ExtractionContext;
import dev.crosscheck.extract.Extractors;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleId;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Sentence;
import dev.crosscheck.text.NlpModels;
import dev.crosscheck.text.OpenNlpSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Analysis searches only the sentences {@link Extractors#mayHoldClaim} lets through; that must
 * lose no claim. Checked on the sample corpus and every text of the extraction gold table.
 */
class AnalysisTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 28);

  @Test
  void sentencesTheClaimTestRejectsHoldNoClaim() throws IOException {
    OpenNlpSegmenter everySentence = OpenNlpSegmenter.create(NlpModels.loadDefault(), s -> true);
    ClaimExtractor extractor = Extractors.defaults();
    ExtractionContext context = ExtractionContext.publishedOn(PUBLISHED);
    List<String> rejectedWithClaims = new ArrayList<>();
    int claims = 0;
    for (Article article : articles()) {
      for (Sentence sentence : everySentence.segment(article)) {
        List<Claim> found = extractor.extract(sentence, context);
        claims += found.size();
        if (!found.isEmpty() && !Extractors.mayHoldClaim(sentence.text())) {
          rejectedWithClaims.add(sentence.text());
        }
      }
    }
    assertThat(claims).isGreaterThan(500);
    assertThat(rejectedWithClaims).isEmpty();
  }

  @Test
  void analysisFindsWhatSearchingEverySentenceFinds() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
    Analysis analysis = new Analysis(clock);
    OpenNlpSegmenter everySentence = OpenNlpSegmenter.create(NlpModels.loadDefault(), s -> true);
    ClaimExtractor extractor = Extractors.defaults();
    for (Article article : articles()) {
      ExtractionContext context =
          ExtractionContext.undated(LocalDate.now(clock)).withNamesOf(article.title() + "\n" + article.text());
      List<Claim> all = new ArrayList<>();
      everySentence.segment(article).forEach(s -> all.addAll(extractor.extract(s, context)));
      assertThat(analysis.claims(article)).as(article.path()).isEqualTo(all);
    }
  }

  /** The sample articles, and each text of the extraction gold table as an article. */
  private static List<Article> articles() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(article(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    int row = 0;
    for (String line : Files.readAllLines(Path.of("src/test/resources/golden/extract/claims.tsv"))) {
      row++;
      if (!line.isBlank() && !line.startsWith("#")) {
        articles.add(article("claims.tsv:" + row, line.split("\t")[1]));
      }
    }
    return articles;
  }

  private static Article article(String path, String text) {
    return new Article(ArticleId.of(path), path, "", "", "", "", null, text, 1);
  }
}
