package dev.crosscheck.eval;

import dev.crosscheck.model.Change;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.TimeRole;
import dev.crosscheck.model.Timeframe;
import java.math.BigDecimal;
import java.util.List;

/**
 * One claim a gold row expects. Values of {@code DATE} claims are epoch days; a null bound is
 * open. {@code terms} are the subject terms expected, empty when the row does not say. Immutable.
 */
record ExpectedClaim(
    ClaimKind kind,
    BigDecimal value,
    String unit,
    BigDecimal low,
    BigDecimal high,
    TimeRole role,
    Change change,
    Timeframe timeframe,
    String surface,
    List<SubjectTerm> terms) {

  ExpectedClaim {
    terms = List.copyOf(terms);
  }

  ExpectedClaim withTerms(List<SubjectTerm> newTerms) {
    return new ExpectedClaim(kind, value, unit, low, high, role, change, timeframe, surface, newTerms);
  }
}
