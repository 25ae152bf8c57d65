package dev.crosscheck.eval;

import java.util.List;
import java.util.Locale;

/** Formats {@link ReconcileScores} as a fixed-width table, one corpus a row. Stateless. */
final class ReconcileTable {
  private static final String ROW = "%-16s %7s %-12s %-12s %-10s %-7s %-9s %-7s %s%n";

  private ReconcileTable() {}

  static String of(List<ReconcileScores> scores) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "corpus", "flagged", "precision", "recall",
        "agreements", "traps", "previous", "origins", "targets"));
    for (ReconcileScores s : scores) {
      out.append(String.format(Locale.ROOT, ROW, s.corpus(), s.conflictsFlagged(),
          ratio(s.precision(), s.conflictsReal(), s.conflictsFlagged()),
          ratio(s.recall(), s.conflictsFound(), s.conflictsExpected()),
          s.agreementsFound() + "/" + s.agreementsExpected(),
          s.trapsFlagged() + "/" + s.trapsExpected(),
          s.previousMarked() + "/" + s.previousExpected(),
          s.originsRight() + "/" + s.originsExpected(),
          s.meetsTargets() ? "met" : "MISSED" + (s.exact() ? " (exact)" : "")));
    }
    return out.toString();
  }

  private static String ratio(double value, int part, int whole) {
    return String.format(Locale.ROOT, "%.2f (%d/%d)", value, part, whole);
  }
}
