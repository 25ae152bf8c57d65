package dev.crosscheck.eval;

import dev.crosscheck.internal.Checks;

/**
 * Counts of one comparison of found and expected claims, with precision, recall and F1 derived
 * from them. An empty side counts as perfect: no claims found and none expected is precision and
 * recall 1. Immutable.
 *
 * @param truePositives expected claims that a found claim matched
 * @param falsePositives found claims that matched no expected claim
 * @param falseNegatives expected claims that no found claim matched
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
  /** The score of nothing: zero counts. */
  public static final Score EMPTY = new Score(0, 0, 0);

  public Score {
    Checks.argument(
        truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0,
        "counts must not be negative, were %d, %d, %d",
        truePositives,
        falsePositives,
        falseNegatives);
  }

  /** This score plus {@code other}, count by count. */
  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Matched found claims over all found claims; 1 when nothing was found. */
  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** Matched expected claims over all expected claims; 1 when nothing was expected. */
  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
