package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A stated value and the interval {@code [low, high]} it allows once hedges ("more than", "up
 * to", "roughly") and the precision it was written with are taken into account. Either bound may
 * be open: a null {@code low} or {@code high} means unbounded on that side, and {@link #lowBound()}
 * / {@link #highBound()} give them as optionals. Amounts are exact decimals, never doubles.
 * Immutable.
 */
public record Quantity(BigDecimal value, BigDecimal low, BigDecimal high, Unit unit) {
  public Quantity {
    Checks.notNull(value, "value");
    Checks.notNull(unit, "unit");
    Checks.argument(
        low == null || high == null || low.compareTo(high) <= 0,
        "low %s must not exceed high %s",
        low,
        high);
    value = value.stripTrailingZeros();
    low = low == null ? null : low.stripTrailingZeros();
    high = high == null ? null : high.stripTrailingZeros();
  }

  /** An exactly stated value: the interval is the single point. */
  public static Quantity exact(BigDecimal value, Unit unit) {
    return new Quantity(value, value, value, unit);
  }

  public static Quantity of(BigDecimal value, BigDecimal low, BigDecimal high, Unit unit) {
    return new Quantity(value, low, high, unit);
  }

  public Optional<BigDecimal> lowBound() {
    return Optional.ofNullable(low);
  }

  public Optional<BigDecimal> highBound() {
    return Optional.ofNullable(high);
  }

  /** This quantity with a different interval around the same value. */
  public Quantity withInterval(BigDecimal newLow, BigDecimal newHigh) {
    return new Quantity(value, newLow, newHigh, unit);
  }
}
