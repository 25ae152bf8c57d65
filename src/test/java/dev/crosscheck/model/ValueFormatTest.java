package dev.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueFormatTest {
  private static final Unit GW = Unit.measure("GW", "W", new BigDecimal("1e9"));
  private static final Unit CHF = Unit.currency("CHF");

  static Stream<Arguments> displays() {
    return Stream.of(
        row("13750000000", Unit.USD, ClaimKind.MONEY, "$13.75 billion"),
        row("1.375E+10", Unit.USD, ClaimKind.MONEY, "$13.75 billion"),
        row("300000000000", Unit.USD, ClaimKind.MONEY, "$300 billion"),
        row("2500000000000", Unit.USD, ClaimKind.MONEY, "$2.5 trillion"),
        row("5000000", Unit.EUR, ClaimKind.MONEY, "\u20ac5 million"),
        row("750000", Unit.GBP, ClaimKind.MONEY, "\u00a3750,000"),
        row("1234.5", Unit.USD, ClaimKind.MONEY, "$1,234.5"),
        row("-2000000000", Unit.USD, ClaimKind.MONEY, "-$2 billion"),
        row("10000000", CHF, ClaimKind.MONEY, "CHF 10 million"),
        row("20", Unit.PERCENT, ClaimKind.PERCENT, "20%"),
        row("-3.5", Unit.PERCENT, ClaimKind.PERCENT, "-3.5%"),
        row("33.33333333", Unit.PERCENT, ClaimKind.PERCENT, "33.3333%"),
        row("1", Unit.PERCENTAGE_POINT, ClaimKind.PERCENT, "1 percentage point"),
        row("2.5", Unit.PERCENTAGE_POINT, ClaimKind.PERCENT, "2.5 percentage points"),
        row("2032", Unit.YEAR_OF_ERA, ClaimKind.YEAR, "2032"),
        row("2.03E+3", Unit.YEAR_OF_ERA, ClaimKind.YEAR, "2030"),
        row(epochDay(2026, 4, 27), Unit.EPOCH_DAY, ClaimKind.DATE, "2026-04-27"),
        row(epochDay(1969, 12, 31), Unit.EPOCH_DAY, ClaimKind.DATE, "1969-12-31"),
        row("7", Unit.YEARS, ClaimKind.DURATION, "7 years"),
        row("10", Unit.YEARS, ClaimKind.DURATION, "10 years"),
        row("1", Unit.YEARS, ClaimKind.DURATION, "1 year"),
        row("18", Unit.MONTHS, ClaimKind.DURATION, "18 months"),
        row("300", Unit.count("people"), ClaimKind.COUNT, "300 people"),
        row("1200", Unit.count("employees"), ClaimKind.COUNT, "1,200 employees"),
        row("2000000", Unit.count("users"), ClaimKind.COUNT, "2 million users"),
        row("3000", Unit.count("job"), ClaimKind.COUNT, "3,000 jobs"),
        row("1", Unit.count("job"), ClaimKind.COUNT, "1 job"),
        row("40", Unit.count("family"), ClaimKind.COUNT, "40 families"),
        row("12", Unit.count("child"), ClaimKind.COUNT, "12 children"),
        row("3", Unit.count("day"), ClaimKind.COUNT, "3 days"),
        row("20", Unit.count("inch"), ClaimKind.COUNT, "20 inches"),
        row("200", Unit.count("staff"), ClaimKind.COUNT, "200 staff"),
        row("6.8", Unit.count("magnitude"), ClaimKind.COUNT, "magnitude 6.8"),
        row("3", Unit.measure("bbl", "bbl", java.math.BigDecimal.ONE), ClaimKind.COUNT, "3 bbl"),
        row("1", GW, ClaimKind.COUNT, "1 GW"),
        row("0", Unit.PERCENT, ClaimKind.PERCENT, "0%"));
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @MethodSource("displays")
  void display(String value, Unit unit, ClaimKind kind, String expected) {
    assertThat(ValueFormat.display(Quantity.exact(new BigDecimal(value), unit), kind))
        .isEqualTo(expected);
  }

  static Stream<Arguments> intervals() {
    return Stream.of(
        interval("14e9", "13.5e9", "14.5e9", Unit.USD, ClaimKind.MONEY, "$13.5\u201314.5 billion"),
        interval("13e9", "13e9", null, Unit.USD, ClaimKind.MONEY, "\u2265 $13 billion"),
        interval("5e9", null, "5e9", Unit.USD, ClaimKind.MONEY, "\u2264 $5 billion"),
        interval(
            "1e9", "900e6", "1.2e9", Unit.USD, ClaimKind.MONEY, "$900 million \u2013 $1.2 billion"),
        interval("2032", "2032", "2032", Unit.YEAR_OF_ERA, ClaimKind.YEAR, "2032"),
        interval("2030", "2030", "2039", Unit.YEAR_OF_ERA, ClaimKind.YEAR, "2030\u20132039"),
        interval("20", "19.5", "20.5", Unit.PERCENT, ClaimKind.PERCENT, "19.5\u201320.5%"),
        interval("1", "1", "2", Unit.YEARS, ClaimKind.DURATION, "1\u20132 years"),
        interval("300", null, null, Unit.count("people"), ClaimKind.COUNT, "300 people"),
        interval("-3", "-4", "-2", Unit.PERCENT, ClaimKind.PERCENT, "-4% to -2%"),
        interval(
            epochDay(2026, 4, 15),
            epochDay(2026, 4, 1),
            epochDay(2026, 4, 30),
            Unit.EPOCH_DAY,
            ClaimKind.DATE,
            "2026-04-01 to 2026-04-30"));
  }

  @ParameterizedTest(name = "[{1}, {2}] {3} -> {5}")
  @MethodSource("intervals")
  void displayInterval(
      String value, String low, String high, Unit unit, ClaimKind kind, String expected) {
    Quantity q = Quantity.of(new BigDecimal(value), decimal(low), decimal(high), unit);
    assertThat(ValueFormat.displayInterval(q, kind)).isEqualTo(expected);
  }

  static Stream<Arguments> asStated() {
    return Stream.of(
        interval("13e9", "13e9", null, Unit.USD, ClaimKind.MONEY, "\u2265 $13 billion"),
        interval("24", "24", "99", Unit.count("home"), ClaimKind.COUNT, "24\u201399 homes"),
        interval("1", "0", "1", GW, ClaimKind.COUNT, "0\u20131 GW"),
        interval("45000", "40500", "49500", Unit.count("passenger"), ClaimKind.COUNT,
            "45,000 passengers"),
        interval("13.75e9", "13.745e9", "13.755e9", Unit.USD, ClaimKind.MONEY, "$13.75 billion"),
        interval("320", "320", "320", Unit.count("flight"), ClaimKind.COUNT, "320 flights"),
        interval(epochDay(2025, 11, 1), epochDay(2025, 11, 1), epochDay(2025, 11, 30),
            Unit.EPOCH_DAY, ClaimKind.DATE, "November 2025"),
        interval(epochDay(2018, 1, 1), epochDay(2018, 1, 1), epochDay(2018, 12, 31),
            Unit.EPOCH_DAY, ClaimKind.DATE, "2018"),
        interval(epochDay(2026, 7, 1), epochDay(2026, 7, 1), epochDay(2026, 9, 30),
            Unit.EPOCH_DAY, ClaimKind.DATE, "2026-07-01 to 2026-09-30"));
  }

  /** "More than $13 billion", "dozens of homes", "up to a gigawatt", "in November 2025". */
  @ParameterizedTest(name = "[{1}, {2}] {3} -> {5}")
  @MethodSource("asStated")
  void displayAsStatedGivesTheIntervalWhenTheValueIsOneEnd(
      String value, String low, String high, Unit unit, ClaimKind kind, String expected) {
    Quantity q = Quantity.of(new BigDecimal(value), decimal(low), decimal(high), unit);
    assertThat(ValueFormat.displayAsStated(q, kind)).isEqualTo(expected);
  }

  @Test
  void displayIgnoresTheInterval() {
    Quantity q = Quantity.of(new BigDecimal("13e9"), new BigDecimal("13e9"), null, Unit.USD);
    assertThat(ValueFormat.display(q, ClaimKind.MONEY)).isEqualTo("$13 billion");
  }

  @Test
  void epochDayOutsideTheCalendarFallsBackToTheNumber() {
    Quantity q = Quantity.exact(new BigDecimal("1e20"), Unit.EPOCH_DAY);
    assertThat(ValueFormat.display(q, ClaimKind.DATE)).isEqualTo("100000000000000000000");
  }

  @Test
  void rejectsNulls() {
    Quantity q = Quantity.exact(BigDecimal.ONE, Unit.PERCENT);
    assertThatThrownBy(() -> ValueFormat.display(null, ClaimKind.PERCENT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("q must not be null");
    assertThatThrownBy(() -> ValueFormat.displayInterval(q, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind must not be null");
  }

  private static Arguments row(String value, Unit unit, ClaimKind kind, String expected) {
    return Arguments.of(value, unit, kind, expected);
  }

  private static Arguments interval(
      String value, String low, String high, Unit unit, ClaimKind kind, String expected) {
    return Arguments.of(value, low, high, unit, kind, expected);
  }

  private static String epochDay(int year, int month, int day) {
    return Long.toString(LocalDate.of(year, month, day).toEpochDay());
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }
}
