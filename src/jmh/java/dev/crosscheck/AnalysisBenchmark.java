package dev.crosscheck;

import dev.crosscheck.bench.CorpusGenerator;
import dev.crosscheck.corpus.ArticleReader;
import dev.crosscheck.corpus.CorpusFile;
import dev.crosscheck.corpus.CorpusScanner;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.Claim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-article hot path of indexing: segment, tag the candidate sentences, extract. One
 * generated article per operation, cycling through 200 of them; reports articles per second per
 * thread. Run with {@code -t 2} to see how it scales on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AnalysisBenchmark {
  private final Analysis analysis =
      new Analysis(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
  private final List<Article> articles = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger next =
      new java.util.concurrent.atomic.AtomicInteger();

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("crosscheck-jmh");
    CorpusGenerator.withSeed(1).write(dir, 200);
    ArticleReader reader = new ArticleReader();
    for (CorpusFile f : new CorpusScanner().scan(List.of(dir)).files()) {
      articles.addAll(reader.read(f).articles());
    }
  }

  @Benchmark
  public List<Claim> analyseOneArticle() {
    return analysis.claims(articles.get(Math.floorMod(next.getAndIncrement(), articles.size())));
  }
}
