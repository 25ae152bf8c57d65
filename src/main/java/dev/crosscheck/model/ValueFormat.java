package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How values read for people: {@code $13.75 billion}, {@code 20%}, {@code 2032}, {@code
 * 2026-04-27}, {@code 7 years}, {@code 300 people}, {@code 1 GW}. Used by the HTML report, the
 * {@code display} fields of the JSON report and the command line. Stateless and thread-safe.
 *
 * <p>The unit's {@link dev.crosscheck.model.Dimension} decides the form: currencies get their
 * symbol ({@code $ € £ ¥ ₹}, else the ISO code) and a scale word from a million up; calendar dates
 * (epoch days) print as ISO dates; calendar years print without grouping. Output never depends on
 * the default locale.
 */
public final class ValueFormat {
  private static final String DASH = "\u2013";

  private ValueFormat() {}

  /**
   * The stated value of {@code q}, ignoring its interval: {@code "$13.75 billion"}, {@code "20%"},
   * {@code "2032"}, {@code "2026-04-27"}, {@code "7 years"}. See {@link #displayInterval} for the
   * interval the value allows.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String display(Quantity q, ClaimKind kind) {
    Checks.notNull(q, "q");
    Checks.notNull(kind, "kind");
    return ValueParts.of(q.value(), q.unit(), kind, false).full();
  }

  /**
   * {@code q} as its words state it: the interval when the value is one end of a wider interval
   * ({@code "≥ 300 flights"} for "more than 300 flights", {@code "24–99 homes"} for "dozens of
   * homes", {@code "0–1 GW"} for "up to a gigawatt"), which the value alone would misstate; else
   * the value, which a rounded or hedged quantity has inside its interval ({@code "$13.75
   * billion"}, {@code "about 45,000"}).
   *
   * @throws NullPointerException when an argument is null
   */
  public static String displayAsStated(Quantity q, ClaimKind kind) {
    Checks.notNull(q, "q");
    Optional<String> period = period(q);
    if (period.isPresent()) {
      return period.get();
    }
    boolean atLow = q.low() != null && q.value().compareTo(q.low()) == 0;
    boolean atHigh = q.high() != null && q.value().compareTo(q.high()) == 0;
    return atLow != atHigh ? displayInterval(q, kind) : display(q, kind);
  }

  /**
   * {@code "2018"} or {@code "July 2019"} when a quantity of calendar dates spans exactly that
   * year or month, as "in 2018" and "in July 2019" state it; else empty.
   */
  public static Optional<String> period(Quantity q) {
    Checks.notNull(q, "q");
    if (q.unit().dimension() != Dimension.CALENDAR_DATE || q.low() == null || q.high() == null) {
      return Optional.empty();
    }
    LocalDate from = LocalDate.ofEpochDay(q.low().longValue());
    LocalDate to = LocalDate.ofEpochDay(q.high().longValue());
    if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
      return Optional.of(Integer.toString(from.getYear()));
    }
    if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
      return Optional.of(from.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
          + from.getYear());
    }
    return Optional.empty();
  }

  /**
   * The interval {@code q} allows: {@code "$13.5–14.5 billion"} for two bounds, {@code "≥ $13
   * billion"} for "more than", {@code "≤ $5 billion"} for "up to", and the value alone ({@code
   * "2032"}) when the interval is a single point or fully open. Dates use {@code " to "} between
   * bounds.
   *
   * @throws NullPointerException when an argument is null
   */
  public static String displayInterval(Quantity q, ClaimKind kind) {
    Checks.notNull(q, "q");
    Checks.notNull(kind, "kind");
    BigDecimal low = q.low();
    BigDecimal high = q.high();
    if (low == null && high == null) {
      return display(q, kind);
    }
    if (low == null) {
      return "\u2264 " + ValueParts.of(high, q.unit(), kind, false).full();
    }
    if (high == null) {
      return "\u2265 " + ValueParts.of(low, q.unit(), kind, false).full();
    }
    if (low.compareTo(high) == 0) {
      return ValueParts.of(low, q.unit(), kind, false).full();
    }
    return range(
        ValueParts.of(low, q.unit(), kind, true), ValueParts.of(high, q.unit(), kind, true));
  }

  /**
   * True when {@code unit} is a scale whose name reads before the value ("magnitude 6.8") rather
   * than a thing counted.
   */
  public static boolean namesScale(Unit unit) {
    return SCALES.contains(Checks.notNull(unit, "unit").code());
  }

  private static final Set<String> SCALES = Set.of("magnitude");

  /**
   * The plural of a counted noun, as "3,000 jobs" writes it: {@code "goals"}, {@code "children"};
   * a measure ({@code "GW"}) and a noun without a plural ({@code "people"}) stay as they are.
   */
  public static String plural(String countedNoun) {
    Checks.notNull(countedNoun, "countedNoun");
    return ValueParts.countedNoun(countedNoun, BigDecimal.TEN);
  }

  /** The ISO date of an epoch day, empty when it is not a whole day in the supported range. */
  public static Optional<String> isoDate(BigDecimal epochDay) {
    try {
      return Optional.of(LocalDate.ofEpochDay(epochDay.longValueExact()).toString());
    } catch (ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String range(ValueParts low, ValueParts high) {
    if (!low.compactable() || !high.compactable()) {
      return low.full() + " to " + high.full();
    }
    if (low.prefix().equals(high.prefix()) && low.suffix().equals(high.suffix())) {
      return low.prefix() + low.number() + DASH + high.number() + high.suffix();
    }
    return low.full() + " " + DASH + " " + high.full();
  }
}
