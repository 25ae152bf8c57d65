package dev.crosscheck.eval;

import dev.crosscheck.model.Claim;
import java.util.Locale;

/** Describes an imperfect row so that one can see at a glance what to fix, table or extractor. */
final class Mismatches {
  private Mismatches() {}

  static String describe(RowResult r) {
    GoldRow row = r.row();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "line %d: %s\n", row.line(), row.sentence()));
    for (int e = 0; e < row.claims().size(); e++) {
      ExpectedClaim x = row.claims().get(e);
      String mark = r.fullMatch(e) >= 0 ? "  ok   " : r.valueMatch(e) >= 0 ? "  unit " : "  miss ";
      b.append(mark).append(ClaimText.of(x));
      if (!x.terms().isEmpty() && !r.subjectRight(e)) {
        b.append("  subject ").append(x.terms());
      }
      b.append('\n');
    }
    for (int f = 0; f < r.found().size(); f++) {
      Claim c = r.found().get(f);
      b.append(matched(r, f) ? "  found " : "  extra ").append(ClaimText.of(c))
          .append("  {").append(ClaimText.of(c.subject())).append('}')
          .append('\n');
    }
    return b.toString();
  }

  private static boolean matched(RowResult r, int f) {
    for (int e = 0; e < r.row().claims().size(); e++) {
      if (r.fullMatch(e) == f) {
        return true;
      }
    }
    return false;
  }
}
