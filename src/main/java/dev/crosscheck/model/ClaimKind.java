package dev.crosscheck.model;

/** What sort of number a claim states. */
public enum ClaimKind {
  /** An amount of money in one currency. */
  MONEY,
  /** A percentage or a change in percentage points. */
  PERCENT,
  /** A calendar year, or a fiscal year or decade as a range of years. */
  YEAR,
  /** A calendar date (day, month or quarter precision) as a range of days. */
  DATE,
  /** A length of time: seven years, decade-long, 18 months. */
  DURATION,
  /** A count of things or a physical quantity with a unit. */
  COUNT;

  /** True for {@link #YEAR} and {@link #DATE}: points or spans of the calendar, not amounts. */
  public boolean isTime() {
    return this == YEAR || this == DATE;
  }
}
