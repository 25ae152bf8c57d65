package dev.crosscheck.eval;

import dev.crosscheck.internal.Checks;
import java.util.List;

/**
 * How well the reconciler did on one gold corpus: counts of conflicts flagged and expected,
 * agreements, traps, earlier values and origin counts, plus one readable line per mismatch.
 * Immutable. See {@link ReconcileEvaluator} for how each count is defined.
 *
 * @param corpus the corpus folder's name
 * @param exact whether the gold file demands that every item hold ({@code exact yes})
 * @param conflictsFlagged CONFLICT topics the pipeline produced
 * @param conflictsReal of those, the ones that match a gold CONFLICT (or a PREVIOUS note)
 * @param conflictsExpected CONFLICT items in the gold file
 * @param conflictsFound of those, the ones some CONFLICT topic holds
 * @param agreementsExpected AGREE items
 * @param agreementsFound AGREE items whose claims all share one AGREE topic
 * @param trapsExpected TRAP and PREVIOUS items
 * @param trapsFlagged of those, the ones whose groups compete as current values in a conflict
 * @param previousExpected PREVIOUS items
 * @param previousMarked PREVIOUS items whose earlier claims are all marked PREVIOUS
 * @param originsExpected SOURCES items
 * @param originsRight SOURCES items whose position has the expected article and origin counts
 * @param mismatches one line per failed item, false conflict or gold error
 */
public record ReconcileScores(
    String corpus,
    boolean exact,
    int conflictsFlagged,
    int conflictsReal,
    int conflictsExpected,
    int conflictsFound,
    int agreementsExpected,
    int agreementsFound,
    int trapsExpected,
    int trapsFlagged,
    int previousExpected,
    int previousMarked,
    int originsExpected,
    int originsRight,
    List<String> mismatches) {
  /** The least precision every corpus must reach. */
  public static final double PRECISION_TARGET = 0.9;

  /** The least recall every corpus must reach. */
  public static final double RECALL_TARGET = 0.9;

  public ReconcileScores {
    Checks.notNull(corpus, "corpus");
    Checks.argument(conflictsReal <= conflictsFlagged, "real conflicts %d exceed flagged %d",
        conflictsReal, conflictsFlagged);
    Checks.argument(conflictsFound <= conflictsExpected, "found conflicts %d exceed expected %d",
        conflictsFound, conflictsExpected);
    mismatches = List.copyOf(mismatches);
  }

  /** Flagged conflicts that are real, over all flagged; 1 when nothing was flagged. */
  public double precision() {
    return conflictsFlagged == 0 ? 1.0 : (double) conflictsReal / conflictsFlagged;
  }

  /** Real conflicts flagged, over all real ones; 1 when the gold lists none. */
  public double recall() {
    return conflictsExpected == 0 ? 1.0 : (double) conflictsFound / conflictsExpected;
  }

  /**
   * True when precision and recall reach their targets and no trap is flagged; for an exact
   * corpus, also when every gold item holds (no mismatch at all).
   */
  public boolean meetsTargets() {
    boolean targets =
        precision() >= PRECISION_TARGET && recall() >= RECALL_TARGET && trapsFlagged == 0;
    return targets && (!exact || mismatches.isEmpty());
  }
}
