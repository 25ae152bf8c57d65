package dev.crosscheck.report;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;

/** Value helpers shared by the JSON and HTML renderers. Stateless. */
final class Values {
  private Values() {}

  /** The unit a position's value and interval are in. */
  static Unit unitOf(Position position) {
    return position.unit();
  }

  /**
   * The position's value and shared interval as a quantity in {@link #unitOf} its claims; just the
   * value when the interval is inverted ({@link Position} does not check it).
   */
  static Quantity quantityOf(Position position) {
    BigDecimal low = position.low();
    BigDecimal high = position.high();
    if (low != null && high != null && low.compareTo(high) > 0) {
      return Quantity.exact(position.value(), unitOf(position));
    }
    return Quantity.of(position.value(), low, high, unitOf(position));
  }
}
