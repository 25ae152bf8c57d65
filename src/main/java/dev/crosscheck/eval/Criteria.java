package dev.crosscheck.eval;

import dev.crosscheck.model.Claim;
import java.math.BigDecimal;

/** What value+unit matching compares beyond the value: unit, interval, role, change, timeframe. */
final class Criteria {
  private Criteria() {}

  static boolean sameDetails(ExpectedClaim x, Claim c) {
    return x.unit().equals(c.quantity().unit().code())
        && sameBound(x.low(), c.quantity().low())
        && sameBound(x.high(), c.quantity().high())
        && x.role() == c.role()
        && x.change() == c.change()
        && x.timeframe() == c.timeframe();
  }

  private static boolean sameBound(BigDecimal expected, BigDecimal found) {
    return expected == null ? found == null : found != null && expected.compareTo(found) == 0;
  }
}
