package dev.crosscheck.model;

import dev.crosscheck.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The unit of a {@link Quantity}: a code ({@code USD}, {@code %}, {@code year}, {@code people},
 * {@code GW}), the {@link Dimension} it measures, the base unit it converts to and the factor to
 * get there ({@code month} is 1/12 of a {@code year}). Two quantities compare only when their units
 * share a base. Immutable.
 */
public record Unit(String code, Dimension dimension, String base, BigDecimal toBase) {
  public static final Unit USD = currency("USD");
  public static final Unit EUR = currency("EUR");
  public static final Unit GBP = currency("GBP");
  public static final Unit JPY = currency("JPY");
  public static final Unit INR = currency("INR");
  public static final Unit PERCENT = new Unit("%", Dimension.PERCENT, "%", BigDecimal.ONE);
  public static final Unit PERCENTAGE_POINT =
      new Unit("pp", Dimension.PERCENTAGE_POINT, "pp", BigDecimal.ONE);
  public static final Unit YEAR_OF_ERA =
      new Unit("year", Dimension.CALENDAR_YEAR, "year", BigDecimal.ONE);
  public static final Unit EPOCH_DAY =
      new Unit("date", Dimension.CALENDAR_DATE, "date", BigDecimal.ONE);
  public static final Unit YEARS = duration("year", BigDecimal.ONE);
  public static final Unit MONTHS =
      duration("month", BigDecimal.ONE.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
  public static final Unit WEEKS =
      duration(
          "week", BigDecimal.valueOf(7).divide(new BigDecimal("365.25"), MathContext.DECIMAL64));
  public static final Unit DAYS =
      duration("day", BigDecimal.ONE.divide(new BigDecimal("365.25"), MathContext.DECIMAL64));
  public static final Unit HOURS =
      duration("hour", BigDecimal.ONE.divide(new BigDecimal("8766"), MathContext.DECIMAL64));

  public Unit {
    Checks.notNull(code, "code");
    Checks.notNull(dimension, "dimension");
    Checks.notNull(base, "base");
    Checks.notNull(toBase, "toBase");
    Checks.argument(!code.isBlank(), "unit code must not be blank");
    Checks.argument(toBase.signum() > 0, "toBase must be positive for unit '%s'", code);
  }

  public static Unit currency(String isoCode) {
    return new Unit(isoCode, Dimension.CURRENCY, isoCode, BigDecimal.ONE);
  }

  public static Unit duration(String code, BigDecimal inYears) {
    return new Unit(code, Dimension.DURATION, "year", inYears);
  }

  /** A count of {@code noun}s ("people", "employees"), compared only with the same noun. */
  public static Unit count(String noun) {
    String base = PEOPLE.contains(noun) ? "people" : JOBS.contains(noun) ? "job"
        : AIRCRAFT.contains(noun) ? "aircraft" : noun;
    return new Unit(noun, Dimension.COUNT, base, BigDecimal.ONE);
  }

  /**
   * A count of people that counts jobs: "employs 2,500 people" compares with "3,000 jobs". The code
   * stays the noun as written.
   */
  public static Unit jobsAs(String noun) {
    return new Unit(noun, Dimension.COUNT, "job", BigDecimal.ONE);
  }

  /**
   * Counted nouns that count people: "312 deaths" and "killed 298 people" compare, as do "4,300
   * cholera cases" and "infected 4,312 people".
   */
  private static final java.util.Set<String> PEOPLE =
      java.util.Set.of("people", "person", "death", "fatality", "victim", "casualty", "case",
          "infection", "fan", "spectator", "individual");

  /** Counted nouns that count aircraft: "171 planes", "171 airplanes", "171 jetliners". */
  private static final java.util.Set<String> AIRCRAFT =
      java.util.Set.of("aircraft", "plane", "airplane", "aeroplane", "jet", "jetliner",
          "airliner");

  /** Counted nouns that count jobs: "3,000 jobs", "4,500 employees", "200 positions". */
  private static final java.util.Set<String> JOBS =
      java.util.Set.of("job", "employee", "worker", "position", "staff", "role");

  /** A measured quantity in {@code code} that converts to {@code base} by {@code factor}. */
  public static Unit measure(String code, String base, BigDecimal factor) {
    return new Unit(code, Dimension.COUNT, base, factor);
  }

  /** True when quantities in this unit and {@code other} can be compared after conversion. */
  public boolean comparableWith(Unit other) {
    return dimension == other.dimension && base.equals(other.base);
  }
}
