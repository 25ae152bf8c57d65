package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.Article;
import dev.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OpenNlpSegmenterConcurrencyTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 5;

  @Test
  void concurrentResultsEqualSingleThreadedResults() throws Exception {
    OpenNlpSegmenter segmenter = OpenNlpSegmenter.create(
            SampleCorpus.models(), s -> s.chars().anyMatch(Character::isDigit));
    List<Article> corpus = SampleCorpus.articles();
    List<List<Sentence>> expected = corpus.stream().map(segmenter::segment).toList();

    List<Callable<List<Sentence>>> tasks = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Article article : corpus) {
        tasks.add(() -> segmenter.segment(article));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Sentence>>> results = pool.invokeAll(tasks);
      for (int i = 0; i < results.size(); i++) {
        assertThat(get(results.get(i)))
            .as("task %d (%s)", i, corpus.get(i % corpus.size()).id())
            .isEqualTo(expected.get(i % corpus.size()));
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }
  }

  private static List<Sentence> get(Future<List<Sentence>> future)
      throws InterruptedException, ExecutionException {
    return future.get();
  }
}
