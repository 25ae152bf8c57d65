package dev.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.CrossChecker;
import dev.crosscheck.model.ClaimKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Every row is a guard, not only the F1 above it: a row that a rule fixed and a later change
   * breaks fails here. These rows are known to miss part of their gold (a subject term, mostly).
   */
  private static final Set<String> KNOWN_IMPERFECT = Set.of(
      "The startup raised US$5 billion in its latest funding round.",
      "Microsoft holds roughly 27 percent of OpenAI's for-profit arm.",
      "The union demanded a 15% pay rise.",
      "Analysts expect earnings of $2.10 to $2.25 a share.",
      "| $300B | OpenAI's 5-year Oracle cloud deal |",
      "Microsoft holds roughly 27 percent of OpenAI's for-profit arm, cementing its status as a "
          + "major shareholder.",
      "Amazon, which recently announced a $50 billion partnership with OpenAI, now has a clear "
          + "path to host the same models.",
      "The mine must close before 2035.",
      "The region has suffered two decades of drought.",
      "Disney paid $71 billion for Fox's entertainment assets.",
      "Pfizer agreed to buy Seagen for $43 billion.",
      "The eruption sent ash 15 kilometres into the sky.",
      "The former executive was sentenced to 11 years in prison.",
      "The storm dropped 20 inches of rain.");

  private static final Pattern MISMATCH_HEAD = Pattern.compile("line \\d+: (.*)");

  @Test
  void noRowMissesItsGoldButTheKnownOnes() {
    List<String> broken = scores.mismatches().stream()
        .map(m -> MISMATCH_HEAD.matcher(m.lines().findFirst().orElse("")))
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .filter(sentence -> !KNOWN_IMPERFECT.contains(sentence))
        .toList();
    assertThat(broken).as(report()).isEmpty();
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
