package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.math.BigDecimal;
import java.util.List;

/**
 * One side of a topic: claims whose intervals can all hold together, the interval they share
 * ({@code low}/{@code high}, null when open), the value to show, the unit all three are in (the
 * claims' own unit when they share one, else the base unit they were compared in), and how many
 * articles and independent origins back it. Immutable.
 */
public record Position(
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    Unit unit,
    List<Claim> claims,
    int articles,
    int origins) {
  public Position {
    Checks.notNull(value, "value");
    Checks.notNull(unit, "unit");
    claims = List.copyOf(claims);
    Checks.argument(!claims.isEmpty(), "a position needs at least one claim");
    Checks.argument(
        origins >= 1 && origins <= articles,
        "origins %d must be between 1 and articles %d",
        origins,
        articles);
  }

  /**
   * The value and shared interval as a quantity in {@link #unit}; just the value when the
   * interval is inverted, which this record does not check.
   */
  public Quantity quantity() {
    if (low != null && high != null && low.compareTo(high) > 0) {
      return Quantity.exact(value, unit);
    }
    return Quantity.of(value, low, high, unit);
  }
}
