package dev.crosscheck.extract;

import dev.crosscheck.internal.Checks;
import dev.crosscheck.model.ClaimKind;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;

/**
 * A number a finder recognised, before hedges, roles and subject are attached. Offsets are into
 * the sentence's normalized text. {@code precision} is the half-width the written precision
 * allows ("$13.8 billion": 0.05 billion); {@code low}/{@code high} already hold a written range
 * or the span of a fuzzy number ("hundreds of"). {@code change} marks numbers that state a change
 * by their own form ("doubled", "a 20% increase" is decided later).
 */
record Mention(
    ClaimKind kind,
    int start,
    int end,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    BigDecimal precision,
    Unit unit,
    boolean change) {

  Mention {
    Checks.argument(0 <= start && start < end, "bad mention offsets [%d, %d)", start, end);
    Checks.notNull(value, "value");
    Checks.notNull(precision, "precision");
    Checks.notNull(unit, "unit");
  }

  /** A mention of one value written with the given precision. */
  static Mention of(
      ClaimKind kind, int start, int end, BigDecimal value, BigDecimal precision, Unit unit) {
    return new Mention(kind, start, end, value, value, value, precision, unit, false);
  }

  /** A mention of a written range {@code [low, high]}; the value is the low end. */
  static Mention range(
      ClaimKind kind, int start, int end, BigDecimal low, BigDecimal high, BigDecimal precision,
      Unit unit) {
    return new Mention(kind, start, end, low, low, high, precision, unit, false);
  }

  boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  int length() {
    return end - start;
  }

  Mention withSpan(int newStart, int newEnd) {
    return new Mention(kind, newStart, newEnd, value, low, high, precision, unit, change);
  }

  Mention asChange() {
    return new Mention(kind, start, end, value, low, high, precision, unit, true);
  }

  /** True for a written range and for intervals open on one side. */
  boolean isRange() {
    return low == null || high == null || low.compareTo(high) != 0;
  }
}
