package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's evaluation targets on every gold corpus under {@link ReconcileEvaluator#DEFAULT_ROOT}:
 * CONFLICT precision and recall of at least 0.9, no trap flagged, and the sample corpus exactly as
 * {@code SampleCorpusIT} says. Failure messages carry the table and every mismatch.
 */
class ReconcileGoldIT {
  private static List<ReconcileScores> scores;

  @BeforeAll
  static void evaluate() {
    ReconcileEvaluator evaluator = ReconcileEvaluator.create();
    scores = ReconcileEvaluator.discover(ReconcileEvaluator.DEFAULT_ROOT).stream()
        .map(evaluator::evaluate).toList();
    System.out.print(ReconcileEvaluator.table(scores));
  }

  @Test
  void everyCorpusHasAGoldFileThatQuotesItsArticles() {
    assertThat(scores).extracting(ReconcileScores::corpus)
        .contains("sample-gold", "world-desk", "business-desk", "finance-desk");
    for (ReconcileScores s : scores) {
      assertThat(s.mismatches()).as(report()).noneMatch(m -> m.startsWith("GOLD ERROR"));
    }
  }

  @Test
  void sampleCorpusExactlyAsTheEndToEndTestSays() {
    ReconcileScores sample = corpus("sample-gold");
    assertThat(sample.exact()).isTrue();
    assertThat(sample.meetsTargets()).as(report()).isTrue();
  }

  @Test
  void everyCorpusMeetsTheTargets() {
    assertThat(scores).as(report()).allMatch(ReconcileScores::meetsTargets);
  }

  private static ReconcileScores corpus(String name) {
    return scores.stream().filter(s -> s.corpus().equals(name)).findFirst().orElseThrow();
  }

  private static String report() {
    StringBuilder out = new StringBuilder("\n").append(ReconcileEvaluator.table(scores));
    for (ReconcileScores s : scores) {
      out.append("\n== ").append(s.corpus()).append(": ").append(s.mismatches().size())
          .append(" mismatches\n");
      s.mismatches().forEach(m -> out.append("- ").append(m).append('\n'));
    }
    return out.toString();
  }
}
