package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * One claim of a draft held against the corpus: the verdict, the label of the corpus topic it was
 * compared with (empty when unsupported), the corpus positions on it with the claims that back
 * them, and a one-sentence explanation. Immutable.
 */
public record Assessment(
    Claim claim, Verdict verdict, String label, List<Position> corpus, String explanation) {
  public Assessment {
    Checks.notNull(claim, "claim");
    Checks.notNull(verdict, "verdict");
    Checks.notNull(label, "label");
    Checks.notNull(explanation, "explanation");
    corpus = List.copyOf(corpus);
    Checks.argument(
        verdict == Verdict.UNSUPPORTED || !corpus.isEmpty(),
        "a %s assessment needs corpus positions",
        verdict);
  }
}
