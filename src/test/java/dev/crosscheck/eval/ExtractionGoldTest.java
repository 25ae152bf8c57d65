package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.model.ClaimKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gold table of issue 3: extraction must reach value F1 0.97, value+unit F1 0.95 and subject
 * F1 0.85 over it, and find nothing in the rows that hold no claim. The NLP models load once for
 * the class; the whole table takes a few seconds.
 */
class ExtractionGoldTest {
  static final Path GOLD = Path.of("src/test/resources/golden/extract/claims.tsv");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC);
  private static ExtractionScores scores;

  @BeforeAll
  static void evaluate() {
    try (CrossChecker checker = CrossChecker.builder().clock(CLOCK).build()) {
      scores = ExtractionEvaluator.using(checker).evaluate(GOLD);
    }
  }

  @Test
  void meetsTheTargets() {
    assertThat(scores.missedTargets()).as(report()).isEmpty();
  }

  @Test
  void noClaimRowsYieldNoClaims() {
    assertThat(scores.noClaimViolations())
        .as("no-claim rows that yielded claims:%n%s", String.join("\n", scores.noClaimViolations()))
        .isEmpty();
  }

  @Test
  void tableIsLargeAndCoversEveryKind() {
    assertThat(scores.rows()).isGreaterThanOrEqualTo(500);
    assertThat(scores.noClaimRows()).isGreaterThanOrEqualTo(50);
    Score subject = scores.subject();
    assertThat(subject.truePositives() + subject.falseNegatives()).isGreaterThanOrEqualTo(100);
    for (ClaimKind kind : ClaimKind.values()) {
      Score s = scores.value().get(kind);
      assertThat(s.truePositives() + s.falseNegatives()).as("gold claims of %s", kind)
          .isGreaterThanOrEqualTo(50);
    }
  }

  private static String report() {
    return String.format("%n%s%nrows not matched perfectly:%n%s", scores.table(),
        String.join("", scores.mismatches()));
  }
}
