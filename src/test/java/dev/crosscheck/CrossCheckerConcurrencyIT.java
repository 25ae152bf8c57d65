package dev.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.model.DraftCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CrossChecker#check} from many threads at once gives what one thread gives. */
class CrossCheckerConcurrencyIT {
  private static final List<String> DRAFTS = List.of(
      "Microsoft's license to OpenAI's models runs through 2030.",
      "Microsoft has invested $13.75 billion in OpenAI over seven years.",
      "OpenAI's 20% revenue share to Microsoft continues through 2030.",
      "Microsoft holds roughly 27 percent of OpenAI.",
      "Google is investing up to $40 billion in Anthropic, and Amazon made a $5 billion investment.",
      "The company employs 3,000 engineers at its campus.",
      "Microsoft and OpenAI are ending their decade-long partnership.");

  @TempDir static Path index;
  private static CrossChecker checker;

  @BeforeAll
  static void open() {
    checker = CrossChecker.builder().indexDirectory(index)
        .clock(Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC)).build();
    checker.index(List.of(Path.of("corpus")));
  }

  @AfterAll
  static void close() {
    checker.close();
  }

  @Test
  void concurrentChecksEqualSingleThreadedOnes() throws Exception {
    List<DraftCheck> expected = new ArrayList<>();
    for (int i = 0; i < DRAFTS.size(); i++) {
      expected.add(check(i));
    }
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Integer> order = new ArrayList<>();
      List<Future<DraftCheck>> futures = new ArrayList<>();
      for (int n = 0; n < 200; n++) {
        int i = random.nextInt(DRAFTS.size());
        order.add(i);
        futures.add(pool.submit(() -> check(i)));
      }
      for (int n = 0; n < futures.size(); n++) {
        assertThat(futures.get(n).get()).as("draft %d, seed %d", order.get(n), seed)
            .isEqualTo(expected.get(order.get(n)));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.get(0).assessments()).isNotEmpty();
  }

  private static DraftCheck check(int i) {
    return checker.check(DRAFTS.get(i), DraftMetadata.markdown("draft-" + i + ".md"));
  }
}
