package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Precision, recall and the targets, including the empty cases. */
class ReconcileScoresTest {
  @ParameterizedTest
  @CsvSource({
    // flagged, real, expected, found, traps, exact, mismatches, precision, recall, meets
    "0, 0, 0, 0, 0, false, 0, 1.0, 1.0, true",
    "10, 9, 10, 9, 0, false, 3, 0.9, 0.9, true",
    "10, 8, 10, 10, 0, false, 0, 0.8, 1.0, false",
    "4, 4, 5, 4, 0, false, 0, 1.0, 0.8, false",
    "4, 4, 4, 4, 1, false, 0, 1.0, 1.0, false",
    "4, 4, 4, 4, 0, true, 1, 1.0, 1.0, false",
    "4, 4, 4, 4, 0, true, 0, 1.0, 1.0, true"
  })
  void targets(int flagged, int real, int expected, int found, int traps, boolean exact,
      int mismatches, double precision, double recall, boolean meets) {
    ReconcileScores s = new ReconcileScores("c", exact, flagged, real, expected, found, 0, 0, 5,
        traps, 0, 0, 0, 0, java.util.Collections.nCopies(mismatches, "m"));
    assertThat(s.precision()).isEqualTo(precision);
    assertThat(s.recall()).isEqualTo(recall);
    assertThat(s.meetsTargets()).isEqualTo(meets);
  }

  @Test
  void countsMustBeConsistent() {
    assertThatThrownBy(() -> new ReconcileScores("c", false, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("real conflicts 2 exceed flagged 1");
  }

  @Test
  void tableHasOneRowPerCorpus() {
    ReconcileScores s = new ReconcileScores("world-desk", false, 6, 2, 8, 2, 11, 0, 20, 2, 2, 0, 2,
        0, List.of());
    String table = ReconcileEvaluator.table(List.of(s));
    assertThat(table.lines()).hasSize(2);
    assertThat(table.lines().toList().get(1)).startsWith("world-desk")
        .contains("0.33 (2/6)", "0.25 (2/8)", "0/11", "2/20", "MISSED");
  }
}
