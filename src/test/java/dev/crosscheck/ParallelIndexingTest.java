package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.bench.CorpusGenerator;
import dev.crosscheck.index.ClaimStore;
import dev.crosscheck.index.LuceneClaimStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing on several threads stores exactly what indexing on one thread does. */
class ParallelIndexingTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Analysis ANALYSIS = new Analysis(CLOCK);
  @TempDir static Path generated;

  @BeforeAll
  static void generate() {
    CorpusGenerator.withSeed(11).write(generated, 70);
  }

  @Test
  void sameClaimsArticlesAndSummaryAsOneThread(@TempDir Path one, @TempDir Path three) {
    List<Path> roots = List.of(generated, Path.of("corpus"));
    try (ClaimStore single = LuceneClaimStore.open(one);
        ClaimStore parallel = LuceneClaimStore.open(three)) {
      IndexSummary s1 = new Indexer(ANALYSIS, 1).update(single, roots);
      IndexSummary s3 = new Indexer(ANALYSIS, 3).update(parallel, roots);
      assertThat(s3).isEqualTo(s1);
      assertThat(s1.articles()).isEqualTo(75);
      assertThat(s1.claims()).isGreaterThan(200);
      assertThat(parallel.claims()).isNotEmpty().isEqualTo(single.claims());
      assertThat(parallel.articles()).isEqualTo(single.articles());
    }
  }

  @Test
  void unchangedRerunAnalysesNothingAndDeletedFilesAreRemoved(@TempDir Path index) {
    try (ClaimStore store = LuceneClaimStore.open(index)) {
      new Indexer(ANALYSIS, 2).update(store, List.of(generated, Path.of("corpus")));
      IndexSummary again = new Indexer(ANALYSIS, 2).update(store, List.of(generated));
      assertThat(again.analysed()).isZero();
      assertThat(again.unchanged()).isEqualTo(70);
      assertThat(again.removed()).isEqualTo(5);
    }
  }

  @Test
  void anArticleWhoseAnalysisFailsIsReportedAndKeptAsIndexedWhileTheRunGoesOn(
      @TempDir Path corpus, @TempDir Path index) throws java.io.IOException {
    java.nio.file.Files.writeString(corpus.resolve("a.md"), "Acme paid $5 billion for Beta.\n");
    java.nio.file.Files.writeString(corpus.resolve("b.md"), "Corvant hired 300 people.\n");
    try (ClaimStore store = LuceneClaimStore.open(index)) {
      new Indexer(ANALYSIS, 2).update(store, List.of(corpus));
      java.nio.file.Files.writeString(corpus.resolve("a.md"), "Acme paid $6 billion for Beta.\n");
      java.nio.file.Files.writeString(corpus.resolve("b.md"), "Corvant hired 400 people.\n");
      Indexer faulty = new Indexer(article -> {
        if (article.path().endsWith("a.md")) {
          throw new IllegalStateException("a fault of ours");
        }
        return ANALYSIS.claims(article);
      }, 2);
      IndexSummary summary = faulty.update(store, List.of(corpus));
      assertThat(summary.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.file()).endsWith("a.md");
        assertThat(d.message()).contains("a fault of ours").contains("indexed claims are kept");
      });
      assertThat(summary.articles()).isEqualTo(2);
      assertThat(summary.removed()).isZero();
      assertThat(store.claims()).extracting(c -> c.surface())
          .containsExactlyInAnyOrder("$5 billion", "400 people");
    }
  }

  @Test
  void rejectsFewerThanOneThread() {
    assertThatThrownBy(() -> new Indexer(ANALYSIS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be >= 1, was 0");
  }
}
