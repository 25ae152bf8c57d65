package dev.crosscheck.bench;

import dev.crosscheck.extract.Extractors;
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
 * The cheap test that decides which sentences pay for tokenizing and tagging: {@link
 * Extractors#mayHoldClaim} over the paragraphs of 200 generated articles, one paragraph per
 * operation. It must stay far cheaper than sentence detection.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CandidateFilterBenchmark {
  private final List<String> paragraphs = new ArrayList<>();
  private int next;

  @Setup
  public void setUp() {
    CorpusGenerator.withSeed(1).generate(200, (name, text) -> {
      for (String p : text.split("\n\n")) {
        paragraphs.add(p);
      }
    });
  }

  @Benchmark
  public boolean mayHoldClaim() {
    next = next + 1 == paragraphs.size() ? 0 : next + 1;
    return Extractors.mayHoldClaim(paragraphs.get(next));
  }
}
