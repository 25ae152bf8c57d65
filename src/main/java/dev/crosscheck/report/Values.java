package dev.crosscheck.report;

import dev.crosscheck.model.Claim;
import dev.crosscheck.model.Position;
import dev.crosscheck.model.Quantity;
import dev.crosscheck.model.Unit;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Value helpers shared by the JSON and HTML renderers. Stateless. */
final class Values {
  private Values() {}

  /** The ISO date of an epoch day, empty when it is not a whole day in the supported range. */
  static Optional<String> isoDate(BigDecimal epochDay) {
    try {
      return Optional.of(LocalDate.ofEpochDay(epochDay.longValueExact()).toString());
    } catch (ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
  }

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
